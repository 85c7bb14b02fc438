package org.newsclean.transforms.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLinesTest {
  /** The shortcut below {@link TextLines#FIRST_HAN_OR_KANA} gives what the script lookup gives, for every code point. */
  @Test
  void hanOrKanaShortcutAgreesWithTheScriptOfEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      boolean expected =
          s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
      if (expected != TextLines.isHanOrKana(cp)) {
        throw new AssertionError("U+" + Integer.toHexString(cp));
      }
    }
    assertTrue(TextLines.isHanOrKana('漢') && TextLines.isHanOrKana('か') && TextLines.isHanOrKana('カ'));
  }

  @Test
  void countsWordsAndHanPairs() {
    assertEquals(3, TextLines.wordCount("Le PDG a"));
    assertEquals(2, TextLines.wordCount("東京都庁"));
    assertEquals(0, TextLines.wordCount("— ·"));
  }
}
