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

  @Test
  void theSpaceTableAgreesWithTheDefinitionForEveryChar() {
    int spaces = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean expected = ch == ' ' || ch == '\t' || Character.isWhitespace(ch) || Character.isSpaceChar(ch)
          || ch == '\u200B' || ch == '\uFEFF' || ch == '\u180E' || ch == '\u2060';
      assertEquals(expected, TextLines.isSpace(ch), "U+" + Integer.toHexString(c));
      spaces += expected ? 1 : 0;
    }
    assertTrue(spaces > 20 && TextLines.isSpace('\u3000') && TextLines.isSpace('\u00A0') && !TextLines.isSpace('a'));
  }
}
