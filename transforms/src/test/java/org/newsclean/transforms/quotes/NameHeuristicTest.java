package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The word scans of {@link NameHeuristic} give exactly the matches of their regular expressions. */
class NameHeuristicTest {
  private static final Pattern CAP = Pattern.compile(NameHeuristic.CAP_WORD);
  private static final Pattern LOWER = Pattern.compile(NameHeuristic.LOWER_WORD);

  @Test
  void scansEqualTheExpressionsOnTheSeeds() throws IOException {
    List<String> texts = seedTexts();
    assertEquals(5, texts.size());
    for (String t : texts) {
      assertSame(t);
    }
  }

  @Test
  void scansEqualTheExpressionsOnHardCases() {
    for (String t : List.of(
        "", "A", "a", "Ab", "ab", "Jean-Luc Picard", "O'Brien et d’Artagnan", "l'Europe", "McDonald's",
        "Abc1 Abc-1 Abc-de2 Abc-De Abc- Abc' Abc’s", "x-Men 3M Ab3c", "Ünal Çelik ÅSA", "Ǆemal ǅemal",
        "naïve Zoë e\u0301te\u0301 E\u0301mile", "𝐀bc 𝐀 a𝐀b x𝐚y 𝐚bc", "\uD835 Abc \uDC00Abc Ab\uD835",
        "Ⅻ Ⅻb ⅫAb", "«Nous» “We” ‘Them’", "-Abc 'Abc ’Abc 9Abc", "Ab\u0301-\u0301c", "ПУТИН Путин и Медведев",
        "Μητσοτάκης είπε", "Anak-anak Jakarta", "TEST Test-Test-test test-Test")) {
      assertSame(t);
    }
  }

  @Test
  void scansEqualTheExpressionsOnRandomTexts() {
    String alphabet = "aAbBzZéÉüÜßçÇıİ -'’‐.,;:\n\t0123ⅫĲǅ\u0301\u20DD\u0903Ап𝐀𝐚한字ー";
    int[] cps = alphabet.codePoints().toArray();
    Random random = new Random(42);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(30);
      for (int k = 0; k < len; k++) {
        int r = random.nextInt(cps.length + 2);
        if (r == cps.length) {
          sb.append('\uD835'); // lone high surrogate
        } else if (r == cps.length + 1) {
          sb.append('\uDC00'); // lone low surrogate
        } else {
          sb.appendCodePoint(cps[r]);
        }
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void lowerWordsAnswerAsTheSetOfTheirStringsDid() throws IOException {
    List<String> texts = seedTexts();
    texts.add("");
    texts.add("naïve Zoë e\u0301te\u0301 the The meta Meta a𝐀b x𝐚y 𝐚bc");
    Random random = new Random(7);
    int checked = 0;
    for (String t : texts) {
      java.util.Set<String> set = new java.util.HashSet<>();
      int[] lw = NameHeuristic.Words.lowerWords(t);
      for (int k = 0; k < lw.length; k += 2) {
        set.add(t.substring(lw[k], lw[k + 1]));
      }
      NameHeuristic.LowerWords lower = new NameHeuristic.LowerWords(t);
      List<String> questions = new ArrayList<>(set);
      int[] cw = NameHeuristic.Words.capWords(t);
      for (int k = 0; k < cw.length; k += 2) {
        questions.add(t.substring(cw[k], cw[k + 1]).toLowerCase(java.util.Locale.ROOT));
      }
      for (int k = 0; k < 200 && t.length() > 2; k++) {
        int a = random.nextInt(t.length() - 1);
        questions.add(t.substring(a, Math.min(t.length(), a + 1 + random.nextInt(8))));
      }
      questions.addAll(List.of("", "the", "meta", "zoë", "𝐚bc"));
      for (String q : questions) {
        assertEquals(set.contains(q), lower.contains(q), () -> "'" + q + "' in " + t.substring(0, Math.min(40, t.length())));
        checked++;
      }
    }
    assertTrue(checked > 2000, "checked " + checked);
  }

  private static List<String> seedTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Paths.get("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static void assertSame(String t) {
    assertArrayEquals(matches(CAP, t), NameHeuristic.Words.capWords(t), () -> "capitalised words of " + Arrays.toString(t.toCharArray()));
    assertArrayEquals(matches(LOWER, t), NameHeuristic.Words.lowerWords(t), () -> "lower-case words of " + Arrays.toString(t.toCharArray()));
  }

  private static int[] matches(Pattern p, String t) {
    List<Integer> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(m.start());
      out.add(m.end());
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
