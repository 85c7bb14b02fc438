package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage end to end: exact copies, a near-copy and stories across languages over the seeds, then a
 * second scheduled run with the same --stateDir over new files, some of which the first run already emitted.
 * The fixtures are made here from the seeds.
 */
class DedupEndToEndTest {
  @TempDir static Path dir;
  static SeedRun first;
  static SeedRun second;
  static Path state;

  static String seedText(String prefix) throws IOException {
    return Files.readString(SeedRun.seed(prefix), StandardCharsets.UTF_8);
  }

  @BeforeAll
  static void runTwiceWithState() throws IOException {
    Path input = Files.createDirectories(dir.resolve("run1"));
    try (Stream<Path> seeds = Files.list(SeedRun.SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    // the same article as 003 with its masthead and captcha gone and other line breaks: an exact duplicate
    Files.writeString(
        input.resolve("syndicated_003.txt"),
        seedText("003_").replace("Bolt42", "").replace("16 − 12 =", "").replace("\n", "\r\n\r\n"),
        StandardCharsets.UTF_8);
    // 002 with one sentence rewritten (shorter): a near-duplicate of 002
    String s002 = seedText("002_");
    String sentence = "Model ini dengan cepat mendapat pujian dari para ahli teknologi, namun tidak dari investor.";
    assertTrue(s002.contains(sentence));
    Files.writeString(input.resolve("edited_002.txt"), s002.replace(sentence, "Para ahli memuji model ini, investor tidak."), StandardCharsets.UTF_8);
    state = dir.resolve("state");
    first = SeedRun.run(input, dir.resolve("out1"), "--stateDir=" + state);

    Path next = Files.createDirectories(dir.resolve("run2"));
    Files.copy(SeedRun.seed("001_"), next.resolve("again_001.txt"));
    Files.writeString(next.resolve("respaced_004.txt"), "  " + seedText("004_").replace(" ", "  ") + "\n\n", StandardCharsets.UTF_8);
    String s000 = seedText("000_");
    String dropped =
        "Artikel ini akan memberikan analisis rinci tentang situasi persaingan internal Meta, sikap terhadap pesaing, dan"
            + " risiko hukum serta prospek masa depan yang diakibatkannya.";
    assertTrue(s000.contains(dropped));
    Files.writeString(next.resolve("shortened_000.txt"), s000.replace(dropped, ""), StandardCharsets.UTF_8);
    Files.writeString(
        next.resolve("new_article.txt"),
        "Pemerintah kota mengumumkan jalur bus baru yang menghubungkan pelabuhan dengan stasiun pusat. "
            + "Jalur itu akan beroperasi setiap lima belas menit mulai bulan depan, kata kepala dinas perhubungan. "
            + "Warga menyambut baik rencana tersebut karena kemacetan di pusat kota semakin parah.\n",
        StandardCharsets.UTF_8);
    second = SeedRun.run(next, dir.resolve("out2"), "--stateDir=" + state);
  }

  private static String name(JsonNode source) {
    return Path.of(source.asText()).getFileName().toString();
  }

  @Test
  void copiesWithOtherBoilerplateOrWhitespaceAreExactDuplicates() {
    JsonNode sources = first.document("003_").get("duplicate_sources");
    assertEquals(1, sources.size());
    assertEquals("syndicated_003.txt", name(sources.get(0)));
    assertTrue(first.document("000_").get("duplicate_sources").isEmpty());
  }

  @Test
  void aCopyWithOneSentenceRewrittenIsANearDuplicateOfTheOriginal() {
    JsonNode original = first.document("002_");
    JsonNode edited = first.document("edited_002");
    assertEquals(original.get("doc_id").asText(), edited.get("near_duplicate_of").asText());
    assertTrue(original.get("near_duplicate_of").isNull());
    for (String seed : List.of("000_", "001_", "003_", "004_")) {
      assertTrue(first.document(seed).get("near_duplicate_of").isNull(), seed + " is nobody's near-duplicate");
    }
    assertEquals(1, first.manifest().get("near_duplicates").asLong());
  }

  @Test
  void translationsOfOneStoryShareAStoryIdOtherArticlesDoNot() {
    String story = first.document("000_").get("story_id").asText();
    assertEquals(story, first.document("001_").get("story_id").asText(), "fr translation");
    assertEquals(story, first.document("004_").get("story_id").asText(), "ko translation");
    String s002 = first.document("002_").get("story_id").asText();
    String s003 = first.document("003_").get("story_id").asText();
    assertNotEquals(story, s002);
    assertNotEquals(story, s003, "003 covers the same events but is another article");
    assertNotEquals(s002, s003);
    assertEquals(s002, first.document("edited_002").get("story_id").asText(), "a near-duplicate is in its original's story");
    assertEquals(3, first.manifest().get("stories").asLong());
  }

  @Test
  void theFirstRunIsAccountedForAndRecordsItsState() throws IOException {
    JsonNode m = first.manifest();
    assertEquals(7, m.get("files_matched").asLong());
    assertEquals(6, m.get("documents").asLong());
    assertEquals(1, m.get("duplicates").asLong());
    assertEquals(0, m.get("duplicates_of_earlier_runs").asLong());
    assertTrue(m.get("accounted_for").asBoolean());
    Set<String> recorded = new HashSet<>();
    try (Stream<Path> files = Files.list(state)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("seen-")).toList()) {
        for (String line : Files.readAllLines(f)) {
          JsonNode n = SeedRun.JSON.readTree(line);
          assertEquals(100 * 8, java.util.Base64.getDecoder().decode(n.get("signature").asText()).length);
          recorded.add(n.get("doc_id").asText());
        }
      }
    }
    // the state holds what both runs emitted, each document once
    Set<String> emitted = new HashSet<>();
    first.records("documents").forEach(d -> emitted.add(d.get("doc_id").asText()));
    second.records("documents").forEach(d -> assertTrue(emitted.add(d.get("doc_id").asText()), "emitted twice: " + d));
    assertEquals(emitted, recorded);
  }

  @Test
  void aLaterRunReportsWhatAnEarlierRunEmittedInsteadOfEmittingItAgain() {
    JsonNode m = second.manifest();
    assertEquals(4, m.get("files_matched").asLong());
    assertEquals(2, m.get("documents").asLong());
    assertEquals(2, m.get("duplicates").asLong());
    assertEquals(2, m.get("duplicates_of_earlier_runs").asLong());
    assertEquals(1, m.get("near_duplicates_of_earlier_runs").asLong());
    assertTrue(m.get("accounted_for").asBoolean());

    List<JsonNode> earlier = second.records("earlier_duplicates");
    assertEquals(2, earlier.size());
    for (JsonNode e : earlier) {
      String file = name(e.get("source"));
      String seed = file.equals("again_001.txt") ? "001_" : "004_";
      assertTrue(Set.of("again_001.txt", "respaced_004.txt").contains(file), file);
      assertEquals(first.document(seed).get("doc_id").asText(), e.get("doc_id").asText());
      assertTrue(name(e.get("earlier_source")).startsWith(seed));
    }
    Set<String> written = new HashSet<>();
    second.records("documents").forEach(d -> written.add(name(d.get("source"))));
    assertEquals(Set.of("shortened_000.txt", "new_article.txt"), written);
    assertEquals(first.document("000_").get("doc_id").asText(), second.document("shortened_000").get("near_duplicate_of").asText());
    assertTrue(second.document("new_article").get("near_duplicate_of").isNull());
  }
}
