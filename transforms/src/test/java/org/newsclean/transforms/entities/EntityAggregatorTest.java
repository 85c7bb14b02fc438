package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.testing.BeamTest;

class EntityAggregatorTest {
  private static Article doc(String docId, String language, MentionRef... mentions) {
    return Article.builder().setSource("/in/" + docId).setText("t").setDocId(docId).setLanguage(language).withMentions(List.of(mentions)).build();
  }

  private static MentionRef m(String id, String name, String type, String surface) {
    return MentionRef.create(id, name, type, surface, 0, surface.length());
  }

  @Test
  void summarizesMentionsPerDocumentMostMentionedFirst() {
    List<Mention> mentions =
        List.of(
            new Mention(0, 4, "Meta", "org:meta", "Meta", EntityType.ORGANIZATION),
            new Mention(10, 17, "Llama 3", "product:llama-3", "Llama 3", EntityType.PRODUCT),
            new Mention(20, 22, "메타", "org:meta", "Meta", EntityType.ORGANIZATION));
    assertEquals(
        List.of(EntityRef.create("org:meta", "Meta", "ORGANIZATION", 2), EntityRef.create("product:llama-3", "Llama 3", "PRODUCT", 1)),
        EntityAggregator.summarize(mentions));
  }

  @Test
  void mergeIsIndependentOfOrderAndPicksTheMostMentionedNameAndType() {
    List<EntityRecord> parts = new ArrayList<>();
    parts.addAll(EntityAggregator.partials(doc("d2", "ko", m("p:1", "Zuckerberg", "PERSON", "주커버그"))));
    parts.addAll(
        EntityAggregator.partials(
            doc("d1", "id", m("p:1", "Mark Zuckerberg", "PERSON", "Mark Zuckerberg"), m("p:1", "Mark Zuckerberg", "PERSON", "Zuckerberg"))));
    EntityRecord merged = EntityAggregator.merge("p:1", parts);
    assertEquals("Mark Zuckerberg", merged.getName());
    assertEquals("PERSON", merged.getType());
    assertEquals(List.of("Mark Zuckerberg", "Zuckerberg", "주커버그"), merged.getAliases());
    assertEquals(List.of("d1", "d2"), merged.getDocIds());
    assertEquals(List.of("id", "ko"), merged.getLanguages());
    assertEquals(3, merged.getMentionCount());
    Collections.reverse(parts);
    assertEquals(merged, EntityAggregator.merge("p:1", parts));
  }

  @Test
  void mergeOfNothingIsABug() {
    assertThrows(IllegalArgumentException.class, () -> EntityAggregator.merge("x", List.of()));
  }

  @Test
  void aggregateEntitiesBuildsOneRecordPerEntity() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<EntityRecord> out =
        p.apply(
                Create.of(
                    doc("d1", "fr", m("org:meta", "Meta", "ORGANIZATION", "Meta"), m("product:llama-3", "Llama 3", "PRODUCT", "Llama3")),
                    doc("d2", "ko", m("org:meta", "Meta", "ORGANIZATION", "메타"))))
            .apply(AggregateEntities.acrossDocuments());
    PAssert.that(out)
        .containsInAnyOrder(
            EntityRecord.create("org:meta", "Meta", "ORGANIZATION", List.of("Meta", "메타"), List.of("d1", "d2"), 2, List.of("fr", "ko")),
            EntityRecord.create("product:llama-3", "Llama 3", "PRODUCT", List.of("Llama3"), List.of("d1"), 1, List.of("fr")));
    BeamTest.runToEnd(p);
  }
}
