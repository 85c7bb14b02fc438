package org.newsclean.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.MentionRecord;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.records.QuoteOccurrence;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.QuoteRef;
import org.newsclean.transforms.records.Rejected;

class AvroRecordsTest {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.createDefault();

  private static <T> void sameAsBeam(Class<T> type, T value) throws Exception {
    Schema schema = REGISTRY.getSchema(type);
    Row row = REGISTRY.getToRowFunction(type).apply(value);
    org.apache.avro.Schema avro = AvroUtils.toAvroSchema(schema);
    GenericRecord beam = AvroUtils.toGenericRecord(row, avro);
    GenericRecord ours = new AvroRecords(schema, avro).toRecord(row);
    assertEquals(0, GenericData.get().compare(beam, ours, avro), type.getSimpleName());
    assertEquals(beam.toString(), ours.toString());
    assertEquals(beam, ours);
  }

  @Test
  void everyRecordTypeConvertsAsBeamConvertsIt() throws Exception {
    sameAsBeam(
        Article.class,
        Article.create(
            "d-1", "a.txt", List.of("b.txt"), "text/plain", "Titel", "de", 0.75, "Text „Zitat“ 한국어", List.of("Teilen"),
            List.of(QuoteRef.create("Zitat", "Anna", "e-1", 5, 10, "direct", "Anna", "q-1", 0, 20),
                QuoteRef.create("x", null, null, 1, 2, "term", null, "q-2", 0, 3)),
            List.of(EntityRef.create("e-1", "Anna", "PERSON", 1)),
            List.of(MentionRef.create("e-1", "Anna", "PERSON", "Anna", 30, 34)),
            null,
            "d-0"));
    sameAsBeam(Article.class, Article.read("x.txt", null, null, ""));
    sameAsBeam(MentionRecord.class, MentionRecord.create("d-1", "e-1", "PERSON", "서울", 3, 5));
    sameAsBeam(
        QuoteRecord.class,
        QuoteRecord.create("q-1", "fr", "« texte »", "direct", null, null, "il", List.of("d-1", "d-2"),
            List.of(QuoteOccurrence.create("d-1", 1, 9, "direct", null, null, "il", 0, 20))));
    sameAsBeam(EntityRecord.class, EntityRecord.create("e-1", "Anna", "PERSON", List.of("A."), List.of("d-1"), 3L, List.of("de", "fr")));
    sameAsBeam(Rejected.class, Rejected.create("bad.bin", "read", "binary", "detail"));
  }

  @Test
  void unsupportedTypesAreRefusedUpFront() {
    Schema schema = Schema.builder().addMapField("m", Schema.FieldType.STRING, Schema.FieldType.STRING).build();
    assertThrows(IllegalArgumentException.class, () -> new AvroRecords(schema, AvroUtils.toAvroSchema(schema)));
  }
}
