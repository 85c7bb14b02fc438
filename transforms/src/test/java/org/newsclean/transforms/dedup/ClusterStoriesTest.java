package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
