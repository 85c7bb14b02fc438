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

  /** Partial records of a few entities over many documents, with names and types that compete. */
  private static List<EntityRecord> randomPartials(java.util.Random random, int documents) {
    String[] names = {"Meta", "Meta Platforms", "메타", "Zuckerberg", "Mark Zuckerberg"};
    String[] types = {"ORGANIZATION", "PERSON", "PRODUCT"};
    List<EntityRecord> parts = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      List<MentionRef> mentions = new ArrayList<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        String name = names[random.nextInt(names.length)];
        mentions.add(m("e:" + random.nextInt(3), name, types[random.nextInt(types.length)], name.substring(0, 1 + random.nextInt(name.length()))));
      }
      parts.addAll(EntityAggregator.partials(doc(String.format("d%03d", d), random.nextBoolean() ? "en" : "ko", mentions.toArray(new MentionRef[0]))));
    }
    return parts;
  }

  @Test
  void totalsAddedUpInAnyGroupingGiveWhatMergeGives() {
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 300; round++) {
      List<EntityRecord> parts = randomPartials(random, 1 + random.nextInt(30));
      for (String id : List.of("e:0", "e:1", "e:2")) {
        List<EntityRecord> ofEntity = parts.stream().filter(r -> r.getEntityId().equals(id)).toList();
        if (ofEntity.isEmpty()) {
          continue;
        }
        EntityRecord expected = EntityAggregator.merge(id, ofEntity);
        // cut the records into random groups, total each group, then add the totals up in a random order
        List<EntityRecord> shuffled = new ArrayList<>(ofEntity);
        Collections.shuffle(shuffled, random);
        AggregateEntities.TotalsFn fn = new AggregateEntities.TotalsFn();
        List<EntityAggregator.Totals> groups = new ArrayList<>();
        EntityAggregator.Totals current = fn.createAccumulator();
        for (EntityRecord part : shuffled) {
          current = fn.addInput(current, part);
          if (random.nextInt(3) == 0) {
            groups.add(current);
            current = fn.createAccumulator();
          }
        }
        groups.add(current);
        groups.add(fn.createAccumulator()); // an empty accumulator changes nothing
        Collections.shuffle(groups, random);
        assertEquals(expected, fn.extractOutput(fn.mergeAccumulators(groups)), id + " round " + round);
        assertEquals(expected, fn.extractOutput(fn.mergeAccumulators(List.of(fn.mergeAccumulators(groups.subList(0, 1)),
            fn.mergeAccumulators(groups.subList(1, groups.size()))))));
      }
    }
  }

  @Test
  void totalsOfDifferentEntitiesDoNotMix() {
    EntityAggregator.Totals meta = new EntityAggregator.Totals(null).add(EntityAggregator.partials(doc("d1", "en", m("org:meta", "Meta", "ORGANIZATION", "Meta"))).get(0));
    EntityAggregator.Totals other = new EntityAggregator.Totals("org:other");
    assertThrows(IllegalArgumentException.class, () -> meta.addAll(other));
    assertThrows(IllegalArgumentException.class, () -> new EntityAggregator.Totals(null).toRecord());
  }

  @Test
  void theTotalsCoderRoundTripsDeterministically() throws Exception {
    java.util.Random random = new java.util.Random(9);
    AggregateEntities.TotalsFn fn = new AggregateEntities.TotalsFn();
    List<EntityRecord> parts = randomPartials(random, 20).stream().filter(r -> r.getEntityId().equals("e:1")).toList();
    EntityAggregator.Totals totals = fn.createAccumulator();
    for (EntityRecord part : parts) {
      totals = fn.addInput(totals, part);
    }
    org.apache.beam.sdk.testing.CoderProperties.coderDecodeEncodeEqual(AggregateEntities.TotalsCoder.INSTANCE, totals);
    org.apache.beam.sdk.testing.CoderProperties.coderDecodeEncodeEqual(AggregateEntities.TotalsCoder.INSTANCE, fn.createAccumulator());
    EntityAggregator.Totals reversed = fn.createAccumulator();
    List<EntityRecord> backwards = new ArrayList<>(parts);
    Collections.reverse(backwards);
    for (EntityRecord part : backwards) {
      reversed = fn.addInput(reversed, part);
    }
    org.apache.beam.sdk.testing.CoderProperties.coderDeterministic(AggregateEntities.TotalsCoder.INSTANCE, totals, reversed);
  }
}
