package org.newsclean.transforms.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BoilerplateStripper#cutSpamFragments} skips the clause expression on lines with no '.' before a letter;
 * it must cut exactly what the unshortened {@link BoilerplateStripper#cutSpamClauses} cuts, on every line.
 */
class SpamFragmentsShortcutTest {

  private static final BoilerplateStripper S = BoilerplateStripper.withDefaults();

  private static void assertSameCut(String line) {
    List<String> expectedRemoved = new ArrayList<>();
    List<String> actualRemoved = new ArrayList<>();
    String expected = S.cutSpamClauses(line, expectedRemoved);
    String actual = S.cutSpamFragments(line, actualRemoved);
    assertEquals(expected, actual, line);
    assertEquals(expectedRemoved, actualRemoved, line);
  }

  @Test
  void dotBeforeLetter() {
    assertTrue(BoilerplateStripper.hasDotBeforeLetter("see spam.info now"));
    assertTrue(BoilerplateStripper.hasDotBeforeLetter("a.\u00E9"));
    assertTrue(BoilerplateStripper.hasDotBeforeLetter("x.\uD801\uDC00")); // a supplementary letter (Deseret)
    assertTrue(BoilerplateStripper.hasDotBeforeLetter("\uD55C\uAD6D.\uD55C\uAD6D")); // Hangul TLD-shaped
    assertFalse(BoilerplateStripper.hasDotBeforeLetter("It rose 3.5 percent. Then it fell."));
    assertFalse(BoilerplateStripper.hasDotBeforeLetter("Mr. Smith said so."));
    assertFalse(BoilerplateStripper.hasDotBeforeLetter("ends with a dot."));
    assertFalse(BoilerplateStripper.hasDotBeforeLetter("a.1 and .; and ..."));
    assertFalse(BoilerplateStripper.hasDotBeforeLetter(""));
  }

  @Test
  void cutsWhatTheReferenceCutsOnHandWrittenLines() {
    for (String line : List.of(
        "It rained all day, spam.info more! Then it cleared up, go.example.net now.",
        "Prices rose this week, cheap.xyz lain. Then fell.",
        "Prices rose this week, according to example.com.",
        "Harga naik minggu ini, murah.xyz lain. Lalu turun.",
        "Le prix a augment\u00E9, promo.fr ici\u00A0! Puis il a baiss\u00E9.",
        "It rose, 3.5 percent. Then, Mr. Smith left.",
        "Text, \u201Cquoted.example end.\u201D more, u.s. officials said.",
        "\uAC00\uACA9\uC774 \uC62C\uB790\uB2E4, spam.kr \uC5EC\uAE30. \uADF8\uB9AC\uACE0",
        "no comma here spam.info now.",
        "a, b.c.",
        ", x.y.",
        "one, two three four five.six seven.")) {
      assertSameCut(line);
    }
  }

  @Test
  void cutsWhatTheReferenceCutsOnTheSeeds() throws IOException {
    Path seeds = Path.of("..", "seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, files.size());
    int cut = 0;
    for (Path f : files) {
      for (String line : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
        assertSameCut(line);
        if (!S.cutSpamClauses(line, new ArrayList<>()).equals(line)) {
          cut++;
        }
      }
    }
    assertTrue(cut > 0, "the seeds hold injected clauses: the comparison must see some cuts");
  }

  @Test
  void cutsWhatTheReferenceCutsOnRandomLines() {
    String[] words = {
      "the", "price", "rose", "spam.info", "go.example.net", "cheap.xyz", "example.com", "3.5", "Mr.", "U.S.",
      "lain", "now", "according", "to", "\u00E9t\u00E9", "promo.fr", "a.b", "x.1", "\uD55C\uAD6D", "sale.\u00E9u"
    };
    String[] glue = {" ", ", ", ". ", "! ", "? ", ",", ".", " \u201C", "\u201D ", "\u3002", "; ", ": "};
    Random random = new Random(42);
    int cut = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      int len = 1 + random.nextInt(12);
      for (int i = 0; i < len; i++) {
        line.append(words[random.nextInt(words.length)]).append(glue[random.nextInt(glue.length)]);
      }
      String s = line.toString().trim();
      assertSameCut(s);
      if (!S.cutSpamClauses(s, new ArrayList<>()).equals(s)) {
        cut++;
      }
    }
    assertTrue(cut > 1000, "random lines must exercise the cutting path, cut " + cut);
  }
}
