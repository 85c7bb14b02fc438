package org.newsclean.transforms.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.boilerplate.StripBoilerplate;
import org.newsclean.transforms.read.ReadArticles;
import org.newsclean.transforms.testing.BeamTest;

class RecordCodersTest {

  static Article full() {
    return Article.create(
        "d-1",
        "seeds/a.txt",
        List.of("seeds/b.txt", "seeds/c.txt"),
        "text/plain; charset=UTF-8",
        "Ein Titel — 제목",
        "de",
        0.987654321,
        "Text mit „Zitat“ und 한국어, emoji \uD83D\uDE00, NUL-free.\nZweite Zeile.",
        List.of("Site Name", "Teilen auf Facebook"),
        List.of(
            QuoteRef.create("Zitat", "Anna Muster", "e-anna", 10, 15, "direct", "Anna Muster", "q-1", 0, 40),
            QuoteRef.create("no speaker", null, null, 1, 2, "term", null, "q-2", 0, 3)),
        List.of(EntityRef.create("e-anna", "Anna Muster", "PERSON", 2), EntityRef.create("e-seoul", "Seoul", "LOCATION", 1)),
        List.of(
            MentionRef.create("e-anna", "Anna Muster", "PERSON", "Anna Muster", 30, 41),
            MentionRef.create("e-seoul", "Seoul", "LOCATION", "서울", 50, 52)),
        "s-1",
        "d-0");
  }

  static Article sparse() {
    return Article.read("x.txt", null, null, "");
  }

  @Test
  void articlesDecodeToEqualArticles() throws Exception {
    for (Article a : List.of(full(), sparse(), full().toBuilder().setLanguageConfidence(null).setDocId(null).build())) {
      CoderProperties.coderDecodeEncodeEqual(ArticleCoder.of(), a);
      CoderProperties.coderDeterministic(ArticleCoder.of(), a, Article.create(
          a.getDocId(), a.getSource(), a.getDuplicateSources(), a.getContentType(), a.getTitle(), a.getLanguage(),
          a.getLanguageConfidence(), a.getText(), a.getBoilerplateRemoved(), a.getQuotes(), a.getEntities(),
          a.getMentions(), a.getStoryId(), a.getNearDuplicateOf()));
      // same article as Beam's generic schema coder gives back
      SchemaCoder<Article> generic = SchemaRegistry.createDefault().getSchemaCoder(Article.class);
      assertEquals(CoderUtils.clone(generic, a), CoderUtils.clone(ArticleCoder.of(), a));
    }
  }

  @Test
  void mentionsDecodeToEqualMentions() throws Exception {
    MentionRecord m = MentionRecord.create("d-1", "e-seoul", "LOCATION", "서울", 50, 52);
    CoderProperties.coderDecodeEncodeEqual(MentionRecordCoder.of(), m);
    CoderProperties.coderDeterministic(MentionRecordCoder.of(), m, MentionRecord.create("d-1", "e-seoul", "LOCATION", "서울", 50, 52));
    SchemaCoder<MentionRecord> generic = SchemaRegistry.createDefault().getSchemaCoder(MentionRecord.class);
    assertEquals(CoderUtils.clone(generic, m), CoderUtils.clone(MentionRecordCoder.of(), m));
  }

  static List<QuoteRecord> quoteRecords() {
    QuoteOccurrence attributed = QuoteOccurrence.create("d-1", 10, 15, "direct", "Anna Muster", "e-anna", "sagte Anna Muster", 0, 40);
    QuoteOccurrence bare = QuoteOccurrence.create("d-2", 1, 2, "term", null, null, null, 0, 3);
    return List.of(
        QuoteRecord.create("q-1", "de", "„Zitat“ — 한국어 \uD83D\uDE00", "direct", "Anna Muster", "e-anna", "sagte Anna Muster",
            List.of("d-1", "d-2"), List.of(attributed, bare)),
        QuoteRecord.create("q-2", "und", "", "term", null, null, null, List.of(), List.of()));
  }

  static List<EntityRecord> entityRecords() {
    return List.of(
        EntityRecord.create("e-seoul", "Seoul", "LOCATION", List.of("Seoul", "서울"), List.of("d-1", "d-9"), 1L << 40, List.of("en", "ko")),
        EntityRecord.create("e-x", "", "PRODUCT", List.of(), List.of(), 0, List.of()));
  }

  @Test
  void quoteAndEntityRecordsDecodeToWhatTheGenericSchemaCoderGives() throws Exception {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    SchemaCoder<QuoteRecord> genericQuotes = registry.getSchemaCoder(QuoteRecord.class);
    for (QuoteRecord q : quoteRecords()) {
      CoderProperties.coderDecodeEncodeEqual(QuoteRecordCoder.of(), q);
      CoderProperties.coderDeterministic(QuoteRecordCoder.of(), q, CoderUtils.clone(genericQuotes, q));
      assertEquals(CoderUtils.clone(genericQuotes, q), CoderUtils.clone(QuoteRecordCoder.of(), q));
    }
    SchemaCoder<EntityRecord> genericEntities = registry.getSchemaCoder(EntityRecord.class);
    for (EntityRecord e : entityRecords()) {
      CoderProperties.coderDecodeEncodeEqual(EntityRecordCoder.of(), e);
      CoderProperties.coderDeterministic(EntityRecordCoder.of(), e, CoderUtils.clone(genericEntities, e));
      assertEquals(CoderUtils.clone(genericEntities, e), CoderUtils.clone(EntityRecordCoder.of(), e));
    }
    assertEquals(registry.getSchema(QuoteRecord.class), QuoteRecordCoder.of().getSchema());
    assertEquals(registry.getSchema(EntityRecord.class), EntityRecordCoder.of().getSchema());
    CoderProperties.coderSerializable(QuoteRecordCoder.of());
    CoderProperties.coderSerializable(EntityRecordCoder.of());
    // the writers turn records into rows through the schema's row function
    assertEquals("q-1", QuoteRecordCoder.of().getToRowFunction().apply(quoteRecords().get(0)).getString("quote_id"));
    assertEquals(2, EntityRecordCoder.of().getToRowFunction().apply(entityRecords().get(0)).getArray("doc_ids").size());
  }

  @Test
  void everyTruncationOfQuoteAndEntityRecordsFailsLoudly() throws Exception {
    byte[] quote = CoderUtils.encodeToByteArray(QuoteRecordCoder.of(), quoteRecords().get(0));
    for (int n = 0; n < quote.length; n++) {
      byte[] prefix = Arrays.copyOf(quote, n);
      assertThrows(Exception.class, () -> CoderUtils.decodeFromByteArray(QuoteRecordCoder.of(), prefix), "prefix of " + n);
    }
    byte[] entity = CoderUtils.encodeToByteArray(EntityRecordCoder.of(), entityRecords().get(0));
    for (int n = 0; n < entity.length; n++) {
      byte[] prefix = Arrays.copyOf(entity, n);
      assertThrows(Exception.class, () -> CoderUtils.decodeFromByteArray(EntityRecordCoder.of(), prefix), "prefix of " + n);
    }
  }

  @Test
  void codersKeepTheSchemaAndSurviveJavaSerialization() throws Exception {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    assertEquals(registry.getSchema(Article.class), ArticleCoder.of().getSchema());
    assertEquals(registry.getSchema(MentionRecord.class), MentionRecordCoder.of().getSchema());
    ArticleCoder copy = (ArticleCoder) SerializableUtils.ensureSerializable((Coder<Article>) ArticleCoder.of());
    assertEquals(ArticleCoder.of(), copy);
    assertEquals(full(), CoderUtils.clone(copy, full()));
    // the schema's row function still works: the writers turn records into rows through it
    assertEquals("d-1", ArticleCoder.of().getToRowFunction().apply(full()).getString("doc_id"));
    CoderProperties.coderSerializable(MentionRecordCoder.of());
  }

  @Test
  void compactStringsRoundTripEveryKindOfString() throws IOException {
    for (String s :
        List.of("", "a", "ÿé ASCII and Latin-1 \u00FF", "’ curly", "한국어 텍스트", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "x".repeat(70_000))) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      CompactStrings.write(s, out);
      byte[] bytes = out.toByteArray();
      assertEquals(s, CompactStrings.read(new java.io.ByteArrayInputStream(bytes)));
      boolean wide = s.chars().anyMatch(c -> c > 0xFF);
      int header = bytes.length - (wide ? 2 : 1) * s.length();
      assertTrue(header >= 1 && header <= 5, s + ": header of " + header + " bytes");
    }
  }

  @Test
  void corruptOrTruncatedBytesFailLoudly() throws Exception {
    byte[] bytes = CoderUtils.encodeToByteArray(ArticleCoder.of(), full());
    assertThrows(CoderException.class, () -> CoderUtils.decodeFromByteArray(ArticleCoder.of(), Arrays.copyOf(bytes, bytes.length / 2)));
    byte[] bad = bytes.clone();
    bad[0] = 7; // presence byte of doc_id
    assertThrows(CoderException.class, () -> CoderUtils.decodeFromByteArray(ArticleCoder.of(), bad));
    assertArrayEquals(bytes, CoderUtils.encodeToByteArray(ArticleCoder.of(), CoderUtils.decodeFromByteArray(ArticleCoder.of(), bytes)));
  }

  @Test
  void readAndStripKeepTheArticleCoder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Hello world. This is an article with enough words.\n", StandardCharsets.UTF_8);
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> read = p.apply(ReadArticles.from(dir + "/*")).get(ReadArticles.ARTICLES);
    PCollection<Article> cleaned = read.apply(StripBoilerplate.withDefaultRules()).get(StripBoilerplate.CLEANED);
    assertInstanceOf(ArticleCoder.class, read.getCoder());
    assertInstanceOf(ArticleCoder.class, cleaned.getCoder());
    assertTrue(cleaned.hasSchema());
    PAssert.that(cleaned).satisfies(articles -> {
      articles.forEach(a -> assertTrue(a.getText().contains("Hello world")));
      return null;
    });
    BeamTest.runToEnd(p);
  }
}
