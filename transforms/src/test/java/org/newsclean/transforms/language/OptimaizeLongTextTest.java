package org.newsclean.transforms.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link OptimaizeLongText} gives exactly what Tika's Optimaize detector gives. */
class OptimaizeLongTextTest {

  static List<String> seeds;

  @BeforeAll
  static void setUp() throws IOException {
    seeds = LanguageIdentifierTest.readSeeds();
  }

  private static void assertSameAsTika(String text) {
    OptimaizeLongText.Scores fast = OptimaizeLongText.INSTANCE.scores(text);
    assertNotNull(fast, () -> "left to Tika: " + text);
    OptimaizeLongText.Scores tika = LanguageIdentifier.tikaScores(text);
    assertArrayEquals(tika.names, fast.names, () -> "languages of: " + text);
    assertArrayEquals(tika.scores, fast.scores, () -> "scores of: " + text);
  }

  @Test
  void theFastPathIsInUse() {
    // if Tika's detector stopped looking as expected, every text would silently go the slow way
    assertNotNull(OptimaizeLongText.INSTANCE);
    assertTrue(LanguageIdentifier.scores(LanguageIdentifierTest.FRENCH) != null);
  }

  @Test
  void seedSamplesOfEveryLengthScoreAsTikaScoresThem() {
    int compared = 0;
    for (String seed : seeds) {
      String normalized = LanguageIdentifier.normalize(seed);
      for (int n = 31; n <= Math.min(normalized.length(), 1500); n += 13) {
        String sample = LanguageIdentifier.normalize(LanguageIdentifier.sample(normalized, n));
        if (sample.length() + 1 > 30) {
          assertSameAsTika(sample);
          compared++;
        }
      }
    }
    assertTrue(compared > 300, "compared " + compared);
  }

  @Test
  void inlineFixturesScoreAsTikaScoresThem() {
    for (String text : List.of(
        LanguageIdentifierTest.FRENCH, LanguageIdentifierTest.GERMAN, LanguageIdentifierTest.MALAY,
        LanguageIdentifierTest.INDONESIAN, LanguageIdentifierTest.JAPANESE, LanguageIdentifierTest.CHINESE,
        LanguageIdentifierTest.JAPANESE_KANJI_HEAVY)) {
      assertSameAsTika(LanguageIdentifier.normalize(text));
    }
  }

  /** Letters of many scripts, spaces (runs of them too, and at the start), digits and punctuation. */
  private static final String[] ALPHABETS = {
    "abcdefghijklmnopqrstuvwxyzéèàçüöäßñãõ",
    "абвгдежзийклмнопрстуфхцчшщыэюяё",
    "αβγδεζηθικλμνξοπρστυφχψωάέή",
    "가나다라마바사아자차카타파하은는이가을를의에서",
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年",
    "あいうえおかきくけこさしすせそたちつてとなにぬねのアイウエオカキクケコ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह",
    "กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอ",
    "abcdeабвгдαβγδ가나다的一是あいう",
  };

  private static String randomText(Random rnd) {
    String alphabet = ALPHABETS[rnd.nextInt(ALPHABETS.length)];
    int length = 20 + rnd.nextInt(1500);
    StringBuilder sb = new StringBuilder(length);
    if (rnd.nextInt(10) == 0) {
      sb.append(' ');
    }
    while (sb.length() < length) {
      int word = 1 + rnd.nextInt(9);
      for (int i = 0; i < word; i++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      int gap = rnd.nextInt(20);
      sb.append(gap == 0 ? "  " : gap == 1 ? ", " : gap == 2 ? " 12 " : " ");
    }
    return sb.toString().trim().isEmpty() ? "x" : sb.toString();
  }

  @Test
  void randomTextsInManyScriptsScoreAsTikaScoresThem() {
    Random rnd = new Random(20261202L);
    int compared = 0;
    for (int k = 0; k < 3000; k++) {
      String text = randomText(rnd);
      if (OptimaizeLongText.INSTANCE.scores(text) == null) {
        assertTrue(text.length() + 1 <= 30, text);
        continue;
      }
      assertSameAsTika(text);
      compared++;
      String normalized = LanguageIdentifier.normalize(text);
      if (normalized.length() + 1 > 30) {
        assertSameAsTika(normalized);
      }
    }
    assertTrue(compared > 2500, "compared " + compared);
  }

  @Test
  void shortAndChunkedTextsAreLeftToTika() {
    assertNull(OptimaizeLongText.INSTANCE.scores("short text"));
    assertNull(OptimaizeLongText.INSTANCE.scores("a".repeat(29)));
    assertNotNull(OptimaizeLongText.INSTANCE.scores("a b".repeat(10)));
    assertNull(OptimaizeLongText.INSTANCE.scores("word ".repeat(OptimaizeLongText.TIKA_CHUNK / 5 + 1)));
    // and the identifier still answers for them, through Tika
    assertEquals(
        LanguageIdentifier.tikaScores("Le gouvernement").names.length > 0,
        LanguageIdentifier.scores("Le gouvernement").names.length > 0);
  }

  @Test
  void packedNgramsAreDistinct() {
    List<Long> keys = new ArrayList<>();
    for (String gram : List.of("a", "b", "ab", "ba", " a", "a ", "abc", "ab ", " ab", "\u0001", "\u0000a", "a\u0000")) {
      keys.add(OptimaizeLongText.pack(gram, 0, gram.length()));
    }
    assertEquals(keys.size(), keys.stream().distinct().count());
  }
}
