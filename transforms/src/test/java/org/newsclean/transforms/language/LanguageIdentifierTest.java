package org.newsclean.transforms.language;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {

  // Inline fixtures written for these tests (news-like sentences), not taken from any evaluation set.
  static final String FRENCH =
      "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les petites entreprises qui"
          + " souffrent de la hausse des prix de l'énergie depuis le début de l'hiver.";
  static final String GERMAN =
      "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, mit denen kleine Unternehmen unterstützt werden"
          + " sollen, die seit Beginn des Winters unter den stark gestiegenen Energiepreisen leiden.";
  static final String MALAY =
      "Kerajaan mengumumkan bahawa cukai baharu akan dikenakan kerana kos sara hidup semakin meningkat, kata"
          + " menteri kewangan selepas mesyuarat kabinet pada hari Selasa.";
  static final String INDONESIAN =
      "Pemerintah mengumumkan bahwa pajak baru akan dikenakan karena biaya hidup semakin meningkat, kata menteri"
          + " keuangan setelah rapat kabinet pada hari Selasa.";
  static final String JAPANESE =
      "東京都は月曜日、新しい交通計画を発表しました。市民の生活をより便利にするため、バスと電車の運行本数を増やす予定です。";
  /** Formal, kanji-heavy Japanese: raw Optimaize calls it zh-TW. */
  static final String JAPANESE_KANJI_HEAVY = "日本銀行は金融政策決定会合で大規模金融緩和策の維持を決定した。";
  static final String CHINESE = "北京市政府周一宣布了新的交通计划，将增加公交车和地铁的运行班次，以方便市民的日常出行。";

  static final String[] SEED_LANGUAGES = {"id", "fr", "id", "pt", "ko"};

  static LanguageIdentifier identifier;
  static List<String> seeds;

  @BeforeAll
  static void setUp() throws IOException {
    identifier = LanguageIdentifier.createDefault();
    seeds = readSeeds();
  }

  static List<String> readSeeds() throws IOException {
    Path dir = Path.of("..", "seeds");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("seeds");
    }
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    assertEquals(SEED_LANGUAGES.length, texts.size(), "seed files in " + dir.toAbsolutePath());
    return texts;
  }

  @Test
  void seedsComeOutInTheirLanguage() {
    for (int i = 0; i < seeds.size(); i++) {
      LanguageGuess g = identifier.detect(seeds.get(i));
      assertEquals(SEED_LANGUAGES[i], g.language(), "seed " + i);
      assertTrue(g.confidence() >= 0.9, "seed " + i + " confidence " + g.confidence());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 400, 1000, 100_000})
  void indonesianSeedsAreNotMalayWhateverTheSampleSize(int maxChars) {
    LanguageIdentifier id = LanguageIdentifier.create(0.0, maxChars);
    assertEquals("id", id.detect(seeds.get(0)).language());
    assertEquals("id", id.detect(seeds.get(2)).language());
  }

  @Test
  void inlineTextsComeOutInTheirLanguage() {
    assertAll(
        () -> assertEquals("fr", identifier.detect(FRENCH).language()),
        () -> assertEquals("de", identifier.detect(GERMAN).language()),
        () -> assertEquals("ms", identifier.detect(MALAY).language()),
        () -> assertEquals("id", identifier.detect(INDONESIAN).language()),
        () -> assertEquals("ja", identifier.detect(JAPANESE).language()),
        () -> assertEquals("ja", identifier.detect(JAPANESE_KANJI_HEAVY).language()),
        () -> assertEquals("zh", identifier.detect(CHINESE).language()));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   \n\t ", "1234567890 2024-05-01 12:30", "Hello", "Hi there", "!!! ??? ... ---",
      "https://example.com/some/long/path/to/an/article?id=12345", "mail someone@example.org now"})
  void emptyDigitsAndVeryShortTextAreUndetermined(String text) {
    LanguageGuess g = identifier.detect(text);
    assertEquals(LanguageGuess.UNDETERMINED, g.language());
    assertFalse(g.isDetermined());
  }

  @Test
  void detectionLooksOnlyAtTheBoundedSample() {
    String text = FRENCH + " " + GERMAN + " " + GERMAN + " " + GERMAN + " " + GERMAN;
    // the whole text is mostly German
    assertEquals("de", LanguageIdentifier.create(0.0, text.length()).detect(text).language());
    // the first FRENCH.length() chars are French only
    assertEquals("fr", LanguageIdentifier.create(0.0, FRENCH.length()).detect(text).language());
    // the German tail is never looked at, so the result equals that of the French part alone
    LanguageIdentifier bounded = LanguageIdentifier.create(0.0, FRENCH.length() + 1);
    assertEquals(bounded.detect(FRENCH), bounded.detect(text));
  }

  @Test
  void sampleCutsAtWhitespaceWithinTheBound() {
    assertEquals("short text", LanguageIdentifier.sample("short text", 100));
    assertEquals("alpha beta", LanguageIdentifier.sample("alpha beta gamma", 12));
    assertEquals("alpha beta", LanguageIdentifier.sample("alpha beta gamma", 10)); // whitespace right at the bound
    String s = LanguageIdentifier.sample(FRENCH + " " + GERMAN, 150);
    assertTrue(s.length() <= 150);
    assertTrue((FRENCH + " " + GERMAN).startsWith(s));
    assertTrue(Character.isWhitespace((FRENCH + " " + GERMAN).charAt(s.length())));
  }

  @Test
  void sampleWithoutWhitespaceIsCutHardButNeverInsideASurrogatePair() {
    assertEquals(CHINESE.substring(0, 10), LanguageIdentifier.sample(CHINESE, 10));
    String astral = "𠀀𠀁𠀂𠀃𠀄"; // 5 supplementary Han chars, 10 UTF-16 units
    String s = LanguageIdentifier.sample(astral, 5);
    assertEquals(4, s.length());
    assertFalse(Character.isHighSurrogate(s.charAt(s.length() - 1)));
  }

  @Test
  void belowMinConfidenceIsUndeterminedAndKeepsTheConfidence() {
    String text = "Tika detects languages"; // short, mixed signal: confidence below 1
    LanguageGuess loose = LanguageIdentifier.create(0.0, 1000).detect(text);
    assertTrue(loose.isDetermined());
    assertTrue(loose.confidence() < 1.0, "confidence " + loose.confidence());
    LanguageGuess atThreshold = LanguageIdentifier.create(loose.confidence(), 1000).detect(text);
    assertEquals(loose, atThreshold);
    LanguageGuess strict = LanguageIdentifier.create(Math.nextUp(loose.confidence()), 1000).detect(text);
    assertEquals(LanguageGuess.UNDETERMINED, strict.language());
    assertEquals(loose.confidence(), strict.confidence());
  }

  @Test
  void sharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
    List<String> texts = new ArrayList<>(seeds);
    texts.addAll(List.of(FRENCH, GERMAN, MALAY, INDONESIAN, JAPANESE, CHINESE, "", "12345"));
    List<LanguageGuess> expected = texts.stream().map(identifier::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<LanguageGuess>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        final int offset = t;
        futures.add(pool.submit(() -> {
          List<LanguageGuess> got = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            for (int i = 0; i < texts.size(); i++) {
              int k = (i + offset) % texts.size(); // threads work on different texts at the same time
              LanguageGuess g = identifier.detect(texts.get(k));
              if (round == 19) {
                got.add(g);
              }
              if (!g.equals(expected.get(k))) {
                throw new AssertionError("text " + k + ": " + g + " != " + expected.get(k));
              }
            }
          }
          return got;
        }));
      }
      for (Future<List<LanguageGuess>> f : futures) {
        assertEquals(texts.size(), f.get().size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(LanguageIdentifier.create(0.5, 300));
    }
    LanguageIdentifier copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (LanguageIdentifier) in.readObject();
    }
    assertEquals(0.5, copy.minConfidence());
    assertEquals(300, copy.maxChars());
    assertEquals("fr", copy.detect(FRENCH).language());
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.create(-0.1, 1000));
    assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.create(1.1, 1000));
    assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.create(Double.NaN, 1000));
    assertThrows(IllegalArgumentException.class, () -> LanguageIdentifier.create(0.5, 5));
  }

  @ParameterizedTest
  @CsvSource({
      "'Kerajaan berkata bahawa wang itu hilang kerana kesilapan', id, ms",
      "'Pemerintah berkata bahwa uang itu hilang karena kesalahan', ms, id",
      "'Kualitasnya dan aktivitasnya meningkat', ms, id",
      "'Setiap orang berhak atas kebebasan', id, id",
      "'Setiap orang berhak atas kebebasan', ms, ms"})
  void malayOrIndonesianVotesBySpellingAndFallsBackOnATie(String text, String fallback, String expected) {
    String normalized = LanguageIdentifier.normalize(text);
    assertEquals(expected, LanguageIdentifier.MalayOrIndonesian.decide(normalized, fallback));
  }

  @Test
  void kanaShare() {
    assertEquals(0.0, LanguageIdentifier.kanaShare(CHINESE));
    assertTrue(LanguageIdentifier.kanaShare(JAPANESE) > 0.3);
    assertEquals(0.0, LanguageIdentifier.kanaShare("no CJK here"));
  }

  @Test
  void normalizeDropsUrlsDigitsAndPunctuationButKeepsLettersAndMarks() {
    assertEquals("Prix en hausse de l été", LanguageIdentifier.normalize("Prix en hausse (+12,5 %) de l'été !"));
    assertEquals("voir et", LanguageIdentifier.normalize("voir https://example.com/x?y=1 et www.example.org/z"));
    assertEquals("नमस्ते दुनिया", LanguageIdentifier.normalize("नमस्ते, दुनिया!")); // combining vowel signs kept
  }

  @Test
  void tikaNamesBecomeIso6391() {
    assertEquals("zh", LanguageIdentifier.toIso6391("zh-CN"));
    assertEquals("zh", LanguageIdentifier.toIso6391("zh-TW"));
    assertEquals("pt", LanguageIdentifier.toIso6391("PT"));
    assertEquals("", LanguageIdentifier.toIso6391(""));
  }

  @Test
  void normalizeDropsUrlsAndAddressesAndKeepsLetters() {
    assertEquals("Voir le site et écrire à", LanguageIdentifier.normalize("Voir le site https://exemple.fr/a?b=1 et écrire à x.y@exemple.fr."));
    assertEquals("Lire sur", LanguageIdentifier.normalize("Lire sur WWW.Exemple.com"));
    assertEquals("Le prix est de euros", LanguageIdentifier.normalize("Le prix est de 20 euros !"));
  }
}
