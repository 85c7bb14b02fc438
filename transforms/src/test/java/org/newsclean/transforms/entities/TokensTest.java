package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokensTest {
  /** The char classes as first written: script lookup for every letter that is not Hangul. */
  private static byte reference(int cp) {
    if (Character.isDigit(cp)) {
      return Tokens.DIGIT;
    }
    if (Character.isLetter(cp)) {
      if (cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3130 && cp <= 0x318F) {
        return Tokens.HANGUL;
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
      if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) {
        return Tokens.CJK;
      }
      return Tokens.LETTER;
    }
    int t = Character.getType(cp);
    if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
      return 0;
    }
    return Tokens.PUNCT;
  }

  @Test
  void everyCodePointIsABreakExactlyWhenTheDefinitionSaysSo() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean expected = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
      if (Tokens.isBreak(cp) != expected) {
        assertEquals(expected, Tokens.isBreak(cp), "U+" + Integer.toHexString(cp));
      }
    }
  }

  @Test
  void tokenTextsAreTheTextsOfTheirRanges() {
    Tokens t = new Tokens("Meta's Llama 3, 16 − 12 = 4;\u00a0le\u200bdeal 메타가 東京 x\u0301y");
    for (int i = 0; i < t.n; i++) {
      assertEquals(t.text.substring(t.start[i], t.end[i]), t.text(i));
      assertEquals(t.text(i), t.text(i)); // cached the second time
    }
  }

  @Test
  void everyCodePointGetsTheClassOfTheScriptLookup() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Tokens.classOf(cp) != reference(cp)) {
        assertEquals(reference(cp), Tokens.classOf(cp), "U+" + Integer.toHexString(cp));
      }
    }
  }
}
