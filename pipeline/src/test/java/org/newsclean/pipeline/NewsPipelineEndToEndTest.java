package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline over the seeds (plus copies and bad files), checked against the facts of the product. */
class NewsPipelineEndToEndTest {
  @TempDir static Path dir;
  static SeedRun run;
  static SeedRun again;

  @BeforeAll
  static void runTwice() throws IOException {
    Path input = SeedRun.prepareInput(dir);
    Path output = dir.resolve("out");
    // a file an earlier run could have left: a new run must replace it
    Files.createDirectories(output.resolve("documents"));
    Files.writeString(output.resolve("documents/part-00007-of-00008.jsonl"), "{\"stale\":true}\n");
    run = SeedRun.run(input, output);
    again = SeedRun.run(input, dir.resolve("out-again"));
  }

  @Test
  void everyInputIsAccountedFor() {
    JsonNode manifest = run.manifest();
    assertEquals(9, manifest.get("files_matched").asLong());
    assertEquals(5, manifest.get("documents").asLong());
    assertEquals(2, manifest.get("duplicates").asLong());
    assertEquals(2, manifest.get("rejected").asLong());
    assertTrue(manifest.get("accounted_for").asBoolean());
    assertEquals(5, run.records("documents").size());
    assertEquals(2, run.records("rejected").size());
    assertTrue(manifest.get("counters").size() > 5, "the manifest lists the stage counters");
    assertEquals(run.records("quotes").size(), manifest.get("quotes").asLong());
    assertEquals(run.records("entities").size(), manifest.get("entities").asLong());
  }

  @Test
  void badInputsAreRejectedWithStageAndReason() {
    Map<String, String> reasons = new TreeMap<>();
    for (JsonNode r : run.records("rejected")) {
      assertEquals("read", r.get("stage").asText());
      reasons.put(Path.of(r.get("source").asText()).getFileName().toString(), r.get("reason").asText());
    }
    assertEquals("empty_file", reasons.get("empty.txt"));
    assertTrue(Set.of("no_text", "binary_content", "invalid_encoding").contains(reasons.get("image.bin")), reasons.toString());
  }

  @Test
  void copiesWithOtherBoilerplateOrWhitespaceAreDuplicates() {
    JsonNode d003 = run.document("003_");
    JsonNode d000 = run.document("000_");
    assertEquals(List.of("copy_of_003_without_masthead.txt"), fileNames(d003.get("duplicate_sources")));
    assertEquals(List.of("copy_of_000_with_masthead.txt"), fileNames(d000.get("duplicate_sources")));
    assertTrue(run.document("001_").get("duplicate_sources").isEmpty());
  }

  @Test
  void languagesAreDetected() {
    Map<String, String> expected = Map.of("000_", "id", "001_", "fr", "002_", "id", "003_", "pt", "004_", "ko");
    expected.forEach(
        (seed, language) -> {
          JsonNode doc = run.document(seed);
          assertEquals(language, doc.get("language").asText(), seed);
          assertTrue(doc.get("language_confidence").asDouble() > 0.5, seed);
        });
  }

  @Test
  void boilerplateIsRemovedAndKeptForAudit() {
    JsonNode d003 = run.document("003_");
    String text = d003.get("text").asText();
    List<String> removed = strings(d003.get("boilerplate_removed"));
    assertFalse(text.contains("Bolt42"), text);
    assertFalse(text.contains("16 − 12"), text);
    assertTrue(removed.contains("Bolt42"), removed.toString());
    assertTrue(removed.stream().anyMatch(r -> r.contains("16 − 12 =")), removed.toString());
    assertTrue(text.startsWith("Executivos e pesquisadores liderando"), text);
    assertTrue(text.endsWith("estão enfrentando escrutínio em várias ações judiciais em andamento."), text);

    JsonNode d002 = run.document("002_");
    String t002 = d002.get("text").asText();
    assertFalse(t002.contains("Posviral"), t002);
    assertTrue(strings(d002.get("boilerplate_removed")).stream().anyMatch(r -> r.contains("Posviral.com lain")));
    assertTrue(t002.contains("bahasa kueri data GraphQL"), "the sentence around the spam stays");
    assertTrue(t002.contains("Versi Llama mereka sebelumnya juga diumumkan sebagai open source."));
  }

  @Test
  void quotesAreFoundWithTheirSpeakers() {
    String alDahle = speakerIdOf("000_", "Kami akan meluncurkan GPU 64k", "Al-Dahle");
    assertEquals(alDahle, speakerIdOf("001_", "Nous allons lancer un GPU 64k", "Al-Dahle"));
    assertEquals(alDahle, speakerIdOf("003_", "Honestamente", "Al-Dahle"));
    assertEquals(alDahle, speakerIdOf("003_", "Mistral é um trocado para nós", "Al-Dahle"));
    assertEquals(alDahle, speakerIdOf("004_", "우리는 64k GPU를 출시할 것입니다", "Al-Dahle"));
    String zuckerberg = speakerIdOf("002_", "Saya sangat senang dengan perkembangan Llama 3", "Zuckerberg");
    assertEquals(zuckerberg, speakerIdOf("003_", "Este ano, o Llama 3 é competitivo", "Zuckerberg"));
    speakerIdOf("002_", "AI perusahaan semakin tidak lagi fokus", "Ratner");
    speakerIdOf("002_", "sebuah langkah strategis", "Reddy");
    speakerIdOf("002_", "Sungguh menakjubkan melihat Meta", "Levie");
    // an unnamed executive is nobody's quote
    assertTrue(quote("000_", "Llama3 Itu saja").get("speaker").isNull());
    assertTrue(quote("003_", "Llama 3 é literalmente tudo que me importa").get("speaker").isNull());
  }

  @Test
  void quoteKindsTranslationsAndGroupingAcrossDocuments() {
    // the same statements in the Indonesian, French and Korean versions: the same speaker ids
    String alDahle = speakerIdOf("000_", "Mistral tidak berarti bagi kami", "Al-Dahle");
    assertEquals(alDahle, speakerIdOf("001_", "Mistral est insignifiant pour nous", "Al-Dahle"));
    assertEquals(alDahle, speakerIdOf("004_", "Mistral은 우리에게 중요하지 않습니다", "Al-Dahle"));
    String touvron = speakerIdOf("000_", "mengerikan", "Touvron");
    assertEquals(touvron, speakerIdOf("001_", "terrible", "Touvron"));
    assertEquals(touvron, speakerIdOf("004_", "끔찍하다", "Touvron"));
    assertEquals("partial", quote("001_", "terrible").get("kind").asText());
    assertEquals("direct", quote("000_", "Kami akan meluncurkan GPU 64k").get("kind").asText());
    assertTrue(quote("001_", "Llama3, c'est tout").get("speaker").isNull(), "un cadre: nobody");
    assertTrue(quote("004_", "Llama3 그게 전부입니다").get("speaker").isNull(), "한 임원: nobody");
    // a term in quotes is a term, said by nobody
    JsonNode term = quote("002_", "sumber terbuka");
    assertEquals("term", term.get("kind").asText());
    assertTrue(term.get("speaker").isNull());
    // quotes/: one record per statement, listing every occurrence; every document quote points to one
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode q : run.records("quotes")) {
      assertNull(byId.put(q.get("quote_id").asText(), q), "quote_id is unique in quotes/");
    }
    int occurrences = 0;
    for (JsonNode doc : run.records("documents")) {
      for (JsonNode q : doc.get("quotes")) {
        JsonNode row = byId.get(q.get("quote_id").asText());
        assertNotNull(row, q.toString());
        assertTrue(strings(row.get("doc_ids")).contains(doc.get("doc_id").asText()));
        occurrences++;
      }
    }
    assertEquals(occurrences, run.records("quotes").stream().mapToInt(q -> q.get("occurrences").size()).sum());
    JsonNode grouped = byId.get(term.get("quote_id").asText());
    assertEquals(2, grouped.get("occurrences").size(), "“sumber terbuka” twice in 002: one record, two occurrences");
  }

  @Test
  void quoteOffsetsPointIntoTheText() {
    for (JsonNode doc : run.records("documents")) {
      String text = doc.get("text").asText();
      for (JsonNode q : doc.get("quotes")) {
        assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
      }
    }
    for (JsonNode q : run.records("quotes")) {
      assertNotNull(q.get("quote_id").asText());
      assertEquals(24, q.get("quote_id").asText().length());
    }
  }

  @Test
  void entitiesShareOneIdAcrossLanguagesAndScripts() {
    JsonNode meta = entityWithAlias("Meta");
    assertTrue(strings(meta.get("aliases")).contains("메타"), meta.toString());
    assertEquals(5, meta.get("doc_ids").size());
    assertEquals(List.of("fr", "id", "ko", "pt"), strings(meta.get("languages")));

    JsonNode llama3 = entityWithAlias("Llama3");
    assertEquals(llama3, entityWithAlias("Llama 3"));
    assertEquals(llama3, entityWithAlias("라마3"));
    assertEquals("PRODUCT", llama3.get("type").asText());

    JsonNode kadrey = entityWithAlias("Kadrey v. Meta");
    assertEquals(kadrey, entityWithAlias("Kadrey c. Meta"));
    assertEquals(kadrey, entityWithAlias("카드레이 대 메타"));
    assertEquals("LEGAL_CASE", kadrey.get("type").asText());

    JsonNode zuckerberg = entityWithAlias("Mark Zuckerberg");
    assertEquals(zuckerberg, entityWithAlias("Zuckerberg"));
    assertEquals(zuckerberg, entityWithAlias("주커버그"));
    assertEquals("PERSON", zuckerberg.get("type").asText());
    assertEquals(5, zuckerberg.get("doc_ids").size());

    assertEquals(entityWithAlias("Mistral"), entityWithAlias("미스트랄"));
    assertEquals("PERSON", entityWithAlias("Al-Dahle").get("type").asText());

    Set<String> names = new HashSet<>();
    for (JsonNode e : run.records("entities")) {
      names.addAll(strings(e.get("aliases")));
    }
    for (String common : List.of("Namun", "Cependant", "Dalam", "Meskipun", "Selon", "Embora", "Hal", "Artikel")) {
      assertFalse(names.contains(common), common + " is not an entity");
    }
  }

  @Test
  void documentEntitiesMatchTheEntityRecords() {
    Map<String, JsonNode> byId = new TreeMap<>();
    run.records("entities").forEach(e -> byId.put(e.get("entity_id").asText(), e));
    for (JsonNode doc : run.records("documents")) {
      for (JsonNode e : doc.get("entities")) {
        JsonNode entity = byId.get(e.get("entity_id").asText());
        assertNotNull(entity, e.toString());
        assertTrue(strings(entity.get("doc_ids")).contains(doc.get("doc_id").asText()));
      }
      assertTrue(doc.has("story_id") && doc.has("near_duplicate_of"), "the dedup fields are present");
    }
  }

  @Test
  void theSameInputGivesByteIdenticalRecords() throws IOException {
    for (String directory : List.of("documents", "quotes", "entities", "mentions", "rejected")) {
      List<Path> first = files(run.output.resolve(directory));
      List<Path> second = files(again.output.resolve(directory));
      assertEquals(first.stream().map(p -> p.getFileName().toString()).toList(), second.stream().map(p -> p.getFileName().toString()).toList());
      for (int i = 0; i < first.size(); i++) {
        assertArrayEquals(Files.readAllBytes(first.get(i)), Files.readAllBytes(second.get(i)), first.get(i).toString());
      }
    }
  }

  @Test
  void aNewRunReplacesWhatAnEarlierRunWrote() {
    assertFalse(Files.exists(run.output.resolve("documents/part-00007-of-00008.jsonl")));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  private static JsonNode quote(String seed, String beginning) {
    JsonNode doc = run.document(seed);
    for (JsonNode q : doc.get("quotes")) {
      if (q.get("text").asText().strip().startsWith(beginning)) {
        return q;
      }
    }
    throw new AssertionError("no quote starting with «" + beginning + "» in " + seed + ": " + doc.get("quotes"));
  }

  private static String speakerIdOf(String seed, String beginning, String surname) {
    JsonNode q = quote(seed, beginning);
    assertTrue(q.get("speaker").asText("").contains(surname), q.toString());
    assertFalse(q.get("speaker_entity_id").isNull(), q.toString());
    return q.get("speaker_entity_id").asText();
  }

  private static JsonNode entityWithAlias(String alias) {
    for (JsonNode e : run.records("entities")) {
      if (strings(e.get("aliases")).contains(alias)) {
        return e;
      }
    }
    throw new AssertionError("no entity with alias " + alias);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> fileNames(JsonNode array) {
    return strings(array).stream().map(s -> Path.of(s).getFileName().toString()).toList();
  }
}
