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
}
