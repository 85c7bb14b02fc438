package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void wordsAreLowerCasedAndPunctuationSeparates() {
    assertEquals(List.of("meta", "merilis", "llama", "3", "hari", "ini"), Shingles.tokens("Meta merilis «Llama-3», hari ini!"));
  }

  @Test
  void charactersOfUnspacedScriptsAreTokensOfTheirOwn() {
    assertEquals(List.of("メ", "タ", "は", "llama", "3", "を", "公", "開"), Shingles.tokens("メタはLlama 3を公開"));
    // a Thai vowel sign stays with its consonant
    assertEquals(List.of("ข่", "า", "ว"), Shingles.tokens("ข่าว"));
    // Hangul is written with spaces: words
    assertEquals(List.of("메타가", "라마3를", "공개했다"), Shingles.tokens("메타가 라마3를 공개했다."));
  }

  @Test
  void shinglesAreDistinctAndSorted() {
    long[] s = Shingles.of("a b c a b c a b c", 3);
    assertEquals(3, s.length); // "a b c", "b c a", "c a b"
    for (int i = 1; i < s.length; i++) {
      assertTrue(s[i - 1] < s[i]);
    }
  }

  @Test
  void shortTextHasOneShingleAndEmptyTextNone() {
    assertEquals(1, Shingles.of("two words", 5).length);
    assertEquals(0, Shingles.of(" ,. ", 5).length);
    assertThrows(IllegalArgumentException.class, () -> Shingles.of("x", 0));
  }

  @Test
  void whitespaceCaseAndPunctuationDoNotChangeShingles() {
    assertArrayEquals(
        Shingles.of("Meta merilis Llama 3, kata Zuckerberg, pada hari Kamis.", 5),
        Shingles.of("META  merilis\u00A0Llama 3 kata Zuckerberg pada hari Kamis!", 5));
  }

  @Test
  void jaccardCountsSharedShingles() {
    // 6 words -> 2 five-grams each; one shared of three distinct
    assertEquals(1.0 / 3, Shingles.jaccard("a b c d e f", "a b c d e g", 5), 1e-12);
    assertEquals(1.0, Shingles.jaccard("a b c d e f", "A b c d e f.", 5), 1e-12);
    assertEquals(0.0, Shingles.jaccard("a b c d e f", "u v w x y z", 5), 1e-12);
    assertEquals(1.0, Shingles.jaccard(new long[0], new long[0]), 1e-12);
  }

  /** The shingles as {@link Shingles#of} made them before it hashed tokens from the text's chars: one string a token. */
  static long[] shinglesFromTokenStrings(String text, int size) {
    List<String> tokens = Shingles.tokens(text);
    if (tokens.isEmpty()) {
      return new long[0];
    }
    net.openhft.hashing.LongHashFunction tokenHash = net.openhft.hashing.LongHashFunction.xx3();
    net.openhft.hashing.LongHashFunction windowHash = net.openhft.hashing.LongHashFunction.xx3(0x5eed5eedL);
    long[] tokenHashes = new long[tokens.size()];
    for (int t = 0; t < tokenHashes.length; t++) {
      tokenHashes[t] = tokenHash.hashChars(tokens.get(t));
    }
    int windows = Math.max(1, tokenHashes.length - size + 1);
    int width = Math.min(size, tokenHashes.length);
    long[] shingles = new long[windows];
    for (int w = 0; w < windows; w++) {
      shingles[w] = windowHash.hashLongs(tokenHashes, w, width);
    }
    return java.util.Arrays.stream(shingles).sorted().distinct().toArray();
  }

  @Test
  void theScriptShortcutAgreesWithTheScriptTableForEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      assertEquals(Shingles.isUnspacedScript(Character.UnicodeScript.of(cp)), Shingles.isUnspaced(cp), "U+" + Integer.toHexString(cp));
    }
  }

  @Test
  void hashingFromTheTextEqualsHashingTokenStrings() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "seeds"))) {
      for (java.nio.file.Path f : files.sorted().toList()) {
        texts.add(java.nio.file.Files.readString(f));
      }
    }
    texts.addAll(List.of("", " ", "a", "Meta merilis «Llama-3», hari ini!", "メタはLlama 3を公開", "ข่าว ข่าว", "메타가 라마3를 공개했다.",
        "ﬁne Ⅻ ＡＢＣ x\u0301 \uD835\uDC00\uD835\uDC01 lone \uD800 \uDC00 end", "İstanbul ΣΟΦΊΑ straße", "abc\u0E01", "\u0E01abc", "x\u0E48 y"));
    // random strings over letters, digits, marks, spaces, punctuation and a few scripts, surrogates included
    String[] pieces = {"a", "B", "é", "e\u0301", "1", "٣", " ", "  ", ".", ",", "-", "\u00A0", "ß", "ﬀ", "한", "국", "ก", "\u0E48", "中", "カ", "ж",
        "\uD83D\uDE00", "\uD800", "\uDC00", "\u20DD", "\n", "Σ", "ς", "İ"};
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(b.toString());
    }
    int spacedOnly = 0;
    for (String text : texts) {
      for (int size : new int[] {1, 2, 5}) {
        assertArrayEquals(shinglesFromTokenStrings(text, size), Shingles.of(text, size), text);
      }
      if (text.codePoints().noneMatch(Shingles::isUnspaced)) {
        spacedOnly++;
      }
    }
    assertTrue(spacedOnly > 1_000, "the spaced-script path was exercised " + spacedOnly + " times");
  }
}
