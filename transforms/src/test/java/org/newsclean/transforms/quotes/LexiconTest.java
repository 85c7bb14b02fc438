package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final String BASE = "/org/newsclean/transforms/quotes/lexicon/";
  private static final String WORD_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";
  private static final String WORD_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";
  private static final String INTERMEDIATE = "(?-i:(?:\\s+[\\p{Ll}\\p{Lo}][\\p{L}\\p{M}'’-]*){0,2}?)";

  /** The plain form: one alternation, every entry with its own word-start lookbehind (longest first). */
  private static Pattern reference(List<String> list, boolean intermediate) {
    List<String> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String entry : sorted) {
      boolean prefix = entry.endsWith("*");
      String e = prefix ? entry.substring(0, entry.length() - 1).strip() : entry;
      String[] tokens = e.split("\\s+");
      alt.append(alt.length() > 0 ? "|" : "");
      Character.UnicodeScript script = Character.UnicodeScript.of(e.charAt(0));
      if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
          && script != Character.UnicodeScript.KATAKANA) {
        alt.append(WORD_BEFORE);
      }
      alt.append(Pattern.quote(tokens[0]));
      if (intermediate && tokens.length > 1) {
        alt.append(INTERMEDIATE);
      }
      for (int i = 1; i < tokens.length; i++) {
        alt.append("\\s+").append(Pattern.quote(tokens[i]));
      }
      if (prefix) {
        alt.append("[\\p{L}\\p{M}]*");
      }
    }
    return Pattern.compile("(?:" + alt + ")" + WORD_AFTER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.start() + ":" + m.end());
    }
    return found;
  }

  /** The factored regex finds exactly what the plain alternation finds, for every section of every language. */
  @Test
  void factoredAlternationFindsWhatThePlainOneFinds() throws Exception {
    StringBuilder corpus = new StringBuilder();
    try (Stream<Path> seeds = Files.list(Paths.get("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        corpus.append(Files.readString(seed, StandardCharsets.UTF_8)).append('\n');
      }
    }
    int compared = 0;
    int found = 0;
    for (String line : Lexicon.readLines(BASE + "languages.txt")) {
      String code = line.strip();
      if (code.isEmpty() || code.startsWith("#")) {
        continue;
      }
      code = code.split("\\s+")[0];
      Lexicon lexicon = Lexicon.parse(Lexicon.readLines(BASE + code + ".txt"));
      StringBuilder text = new StringBuilder(corpus);
      // every entry of the language in several cases and surroundings, so that each alternative is met
      lexicon.entries.values().forEach(list -> list.forEach(e -> {
        String w = e.replace("*", "");
        text.append(" Er ").append(w).append(", ").append(w.toUpperCase(java.util.Locale.ROOT)).append("x ")
            .append('x').append(w).append(" «").append(w).append("» ").append(w).append("s the man.\n");
      }));
      for (var section : lexicon.entries.entrySet()) {
        for (boolean intermediate : new boolean[] {false, true}) {
          Pattern plain = reference(section.getValue(), intermediate);
          Pattern factored = Pattern.compile(Lexicon.alternation(section.getValue(), intermediate),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          List<String> expected = matches(plain, text.toString());
          assertEquals(expected, matches(factored, text.toString()), code + " [" + section.getKey() + "]");
          compared++;
          found += expected.size();
        }
      }
    }
    assertTrue(compared > 50 && found > 1000, compared + " sections, " + found + " matches");
  }
}
