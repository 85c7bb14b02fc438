package org.newsclean.transforms.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {

  @Test
  void undeterminedIsUnd() {
    LanguageGuess g = LanguageGuess.undetermined(0.3);
    assertEquals("und", g.language());
    assertEquals(0.3, g.confidence());
    assertFalse(g.isDetermined());
    assertTrue(new LanguageGuess("id", 0.99).isDetermined());
  }

  @Test
  void rejectsBadValues() {
    assertThrows(NullPointerException.class, () -> new LanguageGuess(null, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new LanguageGuess("", 0.5));
    assertThrows(IllegalArgumentException.class, () -> new LanguageGuess("fr", 1.5));
    assertThrows(IllegalArgumentException.class, () -> new LanguageGuess("fr", -0.1));
    assertThrows(IllegalArgumentException.class, () -> new LanguageGuess("fr", Double.NaN));
  }
}
