package org.newsclean.transforms.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void foldsEveryKindOfWhitespace() {
    assertEquals("a b c d", TextNormalizer.normalizeForKey("  a\t\tb\r\n\nc\u00A0\u2003d \u200B "));
  }

  /** The folding loop matches the regex class it stands for on every char of the BMP. */
  @Test
  void foldsExactlyTheRegexClass() {
    java.util.regex.Pattern reference = java.util.regex.Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]");
    int folded = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      boolean expected = reference.matcher(String.valueOf((char) c)).matches();
      assertEquals(expected, TextNormalizer.isFoldedSpace((char) c), "U+" + Integer.toHexString(c));
      folded += expected ? 1 : 0;
    }
    assertEquals(true, folded > 20, "the class holds the Unicode spaces");
  }

  @Test
  void appliesNfkc() {
    // full-width letters and the "ﬁ" ligature are compatibility forms
    assertEquals("ABC fine", TextNormalizer.normalizeForKey("ＡＢＣ ﬁne"));
    // composed and decomposed é are the same text
    assertEquals(TextNormalizer.normalizeForKey("caf\u00E9"), TextNormalizer.normalizeForKey("cafe\u0301"));
  }

  @Test
  void keepsCaseAndPunctuation() {
    assertNotEquals(TextNormalizer.normalizeForKey("Meta."), TextNormalizer.normalizeForKey("meta"));
  }

  @Test
  void contentHashIsStableAndShort() {
    assertEquals(
        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ContentHash.sha256Hex("hello"));
    assertEquals(16, ContentHash.id(16, "a", "b").length());
    assertNotEquals(ContentHash.id(16, "ab", "c"), ContentHash.id(16, "a", "bc"));
  }
}
