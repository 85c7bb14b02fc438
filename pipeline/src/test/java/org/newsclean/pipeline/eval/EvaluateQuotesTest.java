package org.newsclean.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The surname rule of speaker accuracy. */
class EvaluateQuotesTest {
  @Test
  void surnameOfTheGoldSpeakerWithoutItsApposition() {
    assertTrue(EvaluateQuotes.sameSpeaker("Jane Doe", "Jane Doe, the director of the agency"));
    assertTrue(EvaluateQuotes.sameSpeaker("Jane Doe", "Rep. Jane Doe (D-N.Y.)"));
    assertTrue(EvaluateQuotes.sameSpeaker("Charles B. Rangel", "Representative Charles B. Rangel of New York"));
    assertTrue(EvaluateQuotes.sameSpeaker("Morgan", "Mr. Morgan of the Sierra Club"));
    assertFalse(EvaluateQuotes.sameSpeaker("York", "Representative Charles B. Rangel of New York"));
    // not a name before "of": the whole phrase stays, its last word is the head to match
    assertTrue(EvaluateQuotes.sameSpeaker("the mother of three", "the 34-year-old mother of three"));
    assertFalse(EvaluateQuotes.sameSpeaker("the mother", "the 34-year-old mother of three"));
    assertFalse(EvaluateQuotes.sameSpeaker("Jane Doe", "John Roe"));
  }
}
