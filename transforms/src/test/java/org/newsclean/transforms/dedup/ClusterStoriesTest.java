package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.testing.BeamTest;

class ClusterStoriesTest {
  private static EntityRef e(String id, int count) {
    return StoryProfileTest.e(id, count);
  }

  @Test
  void translationsShareAStoryOtherArticlesAndThinDocumentsDoNot() {
    List<String> quotes = List.of("per-a", "per-a", "?", "per-b");
    Article id = StoryProfileTest.article("d2", "64 GPU 2024 2025", List.of(e("org-meta", 20), e("prod-llama", 12), e("per-a", 3)), quotes);
    Article fr = StoryProfileTest.article("d9", "64 GPU 2024 2025", List.of(e("org-meta", 21), e("prod-llama", 12), e("per-a", 3)), quotes);
    Article ko = StoryProfileTest.article("d5", "64k GPU 2024년 2025년", List.of(e("org-meta", 23), e("prod-llama", 13), e("per-a", 3)), quotes);
    Article other =
        StoryProfileTest.article("d1", "2023 2024 64", List.of(e("org-meta", 8), e("prod-llama", 4), e("per-a", 6), e("per-c", 2)),
            List.of("per-a", "per-a", "per-a", "?", "per-c"));
    Article thin = StoryProfileTest.article("d0", "Meta", List.of(e("org-meta", 1)), List.of());
    Article near = StoryProfileTest.article("d7", "nothing in common", List.of(), List.of()).toBuilder().setNearDuplicateOf("d1").build();

    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(Create.of(List.of(id, fr, ko, other, thin, near))).apply(ClusterStories.withThreshold(StoryProfile.DEFAULT_THRESHOLD));
    PAssert.that(out)
        .satisfies(
            docs -> {
              Map<String, String> story = new HashMap<>();
              docs.forEach(d -> story.put(d.getDocId(), d.getStoryId()));
              assertEquals(Map.of("d2", "d2", "d9", "d2", "d5", "d2", "d1", "d1", "d0", "d0", "d7", "d1"), story);
              return null;
            });
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(2, BeamTest.counter(result, ClusterStories.class, "too_few_features"));
    assertEquals(3, BeamTest.counter(result, ClusterStories.class, "linked_pairs"));
  }

  @Test
  void nearDuplicateVerdictsAreAppliedInTheStoryJoinAsMarkingBeforeWould() {
    List<String> quotes = List.of("per-a", "per-a", "?", "per-b");
    Article id = StoryProfileTest.article("d2", "64 GPU 2024 2025", List.of(e("org-meta", 20), e("prod-llama", 12), e("per-a", 3)), quotes);
    Article fr = StoryProfileTest.article("d9", "64 GPU 2024 2025", List.of(e("org-meta", 21), e("prod-llama", 12), e("per-a", 3)), quotes);
    Article other =
        StoryProfileTest.article("d1", "2023 2024 64", List.of(e("org-meta", 8), e("prod-llama", 4), e("per-a", 6), e("per-c", 2)),
            List.of("per-a", "per-a", "per-a", "?", "per-c"));
    Article near = StoryProfileTest.article("d7", "nothing in common", List.of(), List.of());
    Article nearOfEarlier = StoryProfileTest.article("d8", "nothing either", List.of(), List.of());
    List<Article> unmarked = List.of(id, fr, other, near, nearOfEarlier);
    List<KV<String, String>> verdicts = List.of(KV.of("d7", "d1"), KV.of("d8", "d0-earlier"));

    Pipeline p = BeamTest.newPipeline();
    // what the pipeline did before: the verdicts set on the articles first, then the stories
    PCollection<Article> markedFirst =
        p.apply("Marked", Create.of(List.of(id, fr, other,
                near.toBuilder().setNearDuplicateOf("d1").build(), nearOfEarlier.toBuilder().setNearDuplicateOf("d0-earlier").build())))
            .apply("Before", ClusterStories.withThreshold(StoryProfile.DEFAULT_THRESHOLD));
    PCollection<Article> joinedOnce =
        p.apply("Unmarked", Create.of(unmarked))
            .apply("After", ClusterStories.withThreshold(StoryProfile.DEFAULT_THRESHOLD)
                .withNearDuplicates(p.apply("Verdicts", Create.of(verdicts))));
    List<Article> expected =
        List.of(
            id.toBuilder().setStoryId("d2").build(),
            fr.toBuilder().setStoryId("d2").build(),
            other.toBuilder().setStoryId("d1").build(),
            near.toBuilder().setNearDuplicateOf("d1").setStoryId("d1").build(),
            // the earlier run's document has the smallest id of the story
            nearOfEarlier.toBuilder().setNearDuplicateOf("d0-earlier").setStoryId("d0-earlier").build());
    PAssert.that(markedFirst).containsInAnyOrder(expected);
    PAssert.that(joinedOnce).containsInAnyOrder(expected);
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(3, BeamTest.counter(result, MarkNearDuplicates.class, "distinct_documents"));
  }
  @Test
  void inGroupsSetsTheSameStoriesAndGroupsTheArticlesByTheirGroup() {
    List<String> quotes = List.of("per-a", "per-a", "?", "per-b");
    List<Article> articles = new java.util.ArrayList<>();
    articles.add(StoryProfileTest.article("d2", "64 GPU 2024 2025", List.of(e("org-meta", 20), e("prod-llama", 12), e("per-a", 3)), quotes));
    articles.add(StoryProfileTest.article("d9", "64 GPU 2024 2025", List.of(e("org-meta", 21), e("prod-llama", 12), e("per-a", 3)), quotes));
    articles.add(
        StoryProfileTest.article("d1", "2023 2024 64", List.of(e("org-meta", 8), e("prod-llama", 4), e("per-a", 6), e("per-c", 2)),
            List.of("per-a", "per-a", "per-a", "?", "per-c")));
    articles.add(StoryProfileTest.article("d7", "nothing in common", List.of(), List.of()));
    for (int i = 0; i < 40; i++) {
      articles.add(StoryProfileTest.article("x" + i, "alone " + i, List.of(e("org-" + i, 2)), List.of()));
    }
    List<KV<String, String>> verdicts = List.of(KV.of("d7", "d1"), KV.of("x3", "x1"));
    org.apache.beam.sdk.transforms.SerializableFunction<String, Integer> groupOf = id -> Math.floorMod(id.hashCode(), 5);

    Pipeline p = BeamTest.newPipeline();
    ClusterStories stories =
        ClusterStories.withThreshold(StoryProfile.DEFAULT_THRESHOLD).withNearDuplicates(p.apply("Verdicts", Create.of(verdicts)));
    PCollection<Article> flat = p.apply("Flat", Create.of(articles)).apply("Stories", stories);
    PCollection<KV<Integer, Iterable<Article>>> grouped = p.apply("Grouped", Create.of(articles)).apply("InGroups", stories.inGroups(groupOf));
    int total = articles.size();
    PAssert.that(grouped)
        .satisfies(
            groups -> {
              java.util.Set<Integer> seen = new java.util.HashSet<>();
              int n = 0;
              for (KV<Integer, Iterable<Article>> g : groups) {
                assertTrue(seen.add(g.getKey()), "one element per group: " + g.getKey());
                for (Article a : g.getValue()) {
                  assertEquals(groupOf.apply(a.getDocId()), g.getKey(), a.getDocId());
                  n++;
                }
                assertTrue(g.getValue().iterator().hasNext(), "no empty group");
              }
              assertEquals(total, n);
              return null;
            });
    PCollection<Article> ungrouped =
        grouped
            .apply(org.apache.beam.sdk.transforms.Values.create())
            .apply(org.apache.beam.sdk.transforms.Flatten.iterables());
    PAssert.that(ungrouped).containsInAnyOrder(expectedStories(articles));
    PAssert.that(flat).containsInAnyOrder(expectedStories(articles));
    PipelineResult result = BeamTest.runToEnd(p);
    // both variants count: 2 x (44 documents - 2 near-duplicates)
    assertEquals(2 * 42, BeamTest.counter(result, MarkNearDuplicates.class, "distinct_documents"));
  }

  /** The stories of {@link #inGroupsSetsTheSameStoriesAndGroupsTheArticlesByTheirGroup}'s articles, set by hand. */
  private static List<Article> expectedStories(List<Article> articles) {
    Map<String, String> story = new HashMap<>(Map.of("d2", "d2", "d9", "d2", "d1", "d1", "d7", "d1", "x3", "x1", "x1", "x1"));
    Map<String, String> near = Map.of("d7", "d1", "x3", "x1");
    List<Article> out = new java.util.ArrayList<>();
    for (Article a : articles) {
      Article.Builder b = a.toBuilder().setStoryId(story.getOrDefault(a.getDocId(), a.getDocId()));
      if (near.containsKey(a.getDocId())) {
        b.setNearDuplicateOf(near.get(a.getDocId()));
      }
      out.add(b.build());
    }
    return out;
  }
}
