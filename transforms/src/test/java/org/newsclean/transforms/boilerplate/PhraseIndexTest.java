package org.newsclean.transforms.boilerplate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  /** What the index held before its char table: a map from first char to the phrases, in list order. */
  private static Map<Character, List<PhraseLexicon.Phrase>> byFirstChar(List<PhraseLexicon.Phrase> phrases) {
    Map<Character, List<PhraseLexicon.Phrase>> m = new HashMap<>();
    for (PhraseLexicon.Phrase p : phrases) {
      m.computeIfAbsent(p.text().charAt(0), k -> new ArrayList<>()).add(p);
    }
    return m;
  }

  private static void assertSameLookupForEveryChar(List<PhraseLexicon.Phrase> phrases) {
    PhraseIndex index = new PhraseIndex(phrases);
    Map<Character, List<PhraseLexicon.Phrase>> expected = byFirstChar(phrases);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      List<PhraseLexicon.Phrase> want = expected.get((char) c);
      PhraseLexicon.Phrase[] got = index.startingWith((char) c);
      assertArrayEquals(want == null ? null : want.toArray(new PhraseLexicon.Phrase[0]), got, "char U+" + Integer.toHexString(c));
    }
  }

  @Test
  void theDefaultLexiconsFindThePhrasesOfEveryFirstChar() {
    Map<String, List<String>> sections = PhraseLexicon.parsePhrases(PhraseLexicon.read("phrases.txt"));
    int phrases = 0;
    for (String section : List.of("line", "social", "filler", "prefix", "notice")) {
      List<PhraseLexicon.Phrase> list = PhraseLexicon.phrases(sections, section);
      phrases += list.size();
      assertSameLookupForEveryChar(list);
    }
    assertTrue(phrases > 100, "default lexicon has " + phrases + " phrases");
  }

  @Test
  void collidingAndExtremeCharsAreKeptApart() {
    List<PhraseLexicon.Phrase> phrases = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      char first = (char) random.nextInt(Character.MAX_VALUE + 1);
      phrases.add(new PhraseLexicon.Phrase(first + "x" + i, random.nextBoolean()));
    }
    for (char c : new char[] {'\0', '\uFFFF', 'a', 'a', '\u0100', '\u0200', '한', '\uD800'}) {
      phrases.add(new PhraseLexicon.Phrase(c + "tail", true));
    }
    assertSameLookupForEveryChar(phrases);
    assertSameLookupForEveryChar(List.of(new PhraseLexicon.Phrase("\0", true)));
    assertSameLookupForEveryChar(List.of());
  }
}
