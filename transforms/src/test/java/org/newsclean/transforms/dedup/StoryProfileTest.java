package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.QuoteRef;

class StoryProfileTest {
  static Article article(String id, String text, List<EntityRef> entities, List<String> speakers) {
    List<QuoteRef> quotes =
        speakers.stream()
            .map(s -> s.equals("?") ? null : s)
            .map(s -> QuoteRef.create("q", s, s, 0, 1, "direct", s, "quote-q", 0, 1))
            .toList();
    return Article.read("/in/" + id, "text/plain", null, text).toBuilder()
        .setDocId(id)
        .withEntities(entities)
        .withQuotes(quotes)
        .build();
  }

  static EntityRef e(String id, int count) {
    return EntityRef.create(id, id, "ORGANIZATION", count);
  }

  @Test
  void featuresAreEntityIdsAndNumbersWithCounts() {
    StoryProfile p =
        StoryProfile.of(article("a", "Pada 2024, 64.000 GPU; lalu 64 000 GPU dan 7 lagi, 2024.", List.of(e("org-meta", 3)), List.of("per-x", "?")));
    assertEquals(Map.of("e:org-meta", 3, "n:2024", 2, "n:64000", 2), p.features());
    assertEquals(List.of("per-x", "?"), p.speakers());
    assertTrue(p.linkable());
    assertFalse(StoryProfile.of(article("b", "no numbers", List.of(e("org-meta", 1)), List.of())).linkable());
  }

  @Test
  void encodeDecodeRoundTrip() {
    StoryProfile p = StoryProfile.of(article("a", "2024 dan 2025", List.of(e("org-meta", 3), e("date-2024-07", 1)), List.of("per-x", "?", "per-y")));
    assertEquals(p, StoryProfile.decode(p.encode()));
    StoryProfile none = StoryProfile.of(article("b", "", List.of(), List.of()));
    assertEquals(none, StoryProfile.decode(none.encode()));
  }

  @Test
  void aTranslationScoresHighAnotherArticleOnTheSameEventsLow() {
    List<EntityRef> story = List.of(e("org-meta", 20), e("prod-llama-3", 12), e("per-al-dahle", 3), e("org-openai", 5));
    StoryProfile original = StoryProfile.of(article("a", "64 GPU, 2024, 2025", story, List.of("per-al-dahle", "per-al-dahle", "?", "per-touvron")));
    List<EntityRef> translated = List.of(e("org-meta", 22), e("prod-llama-3", 13), e("per-al-dahle", 3), e("org-openai", 5));
    StoryProfile translation =
        StoryProfile.of(article("b", "64 GPU ... 2024 ... 2025", translated, List.of("per-al-dahle", "per-al-dahle", "?", "per-touvron")));
    List<EntityRef> other = List.of(e("org-meta", 9), e("prod-llama-3", 4), e("per-al-dahle", 5), e("org-openai", 5), e("per-zuckerberg", 3));
    StoryProfile sameEvents =
        StoryProfile.of(article("c", "2023, 2024, 2024, 64", other, List.of("per-al-dahle", "per-al-dahle", "per-al-dahle", "?", "?", "per-zuckerberg")));
    assertTrue(StoryProfile.similarity(original, translation) > 0.9);
    assertTrue(StoryProfile.similarity(original, sameEvents) < 0.6, "" + StoryProfile.similarity(original, sameEvents));
    assertEquals(StoryProfile.similarity(original, sameEvents), StoryProfile.similarity(sameEvents, original), 1e-12);
  }

  /** The similarity as it was computed before the merge walk: the union of the keys in a TreeSet, two lookups a key. */
  static double similarityBeforeMergeWalk(StoryProfile a, StoryProfile b) {
    java.util.TreeSet<String> keys = new java.util.TreeSet<>(a.features().keySet());
    keys.addAll(b.features().keySet());
    long min = 0;
    long max = 0;
    for (String k : keys) {
      int x = a.features().getOrDefault(k, 0);
      int y = b.features().getOrDefault(k, 0);
      min += Math.min(x, y);
      max += Math.max(x, y);
    }
    double features = max == 0 ? 0 : (double) min / max;
    if (a.speakers().isEmpty() && b.speakers().isEmpty()) {
      return features;
    }
    double quotes = (double) lcs(a.speakers(), b.speakers()) / Math.max(a.speakers().size(), b.speakers().size());
    return (features + quotes) / 2;
  }

  private static int lcs(List<String> x, List<String> y) {
    int[][] t = new int[x.size() + 1][y.size() + 1];
    for (int i = 1; i <= x.size(); i++) {
      for (int j = 1; j <= y.size(); j++) {
        t[i][j] = x.get(i - 1).equals(y.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t[x.size()][y.size()];
  }

  @Test
  void mergeWalkGivesTheSimilarityOfTheKeyUnion() {
    java.util.Random random = new java.util.Random(42);
    String[] keys = {"e:a", "e:b", "e:c", "e:ab", "n:10", "n:2024", "n:64000", "e:\uD55C", "e:Z", ""};
    String[] speakers = {"per-a", "per-b", "?"};
    int checked = 0;
    for (int round = 0; round < 20_000; round++) {
      StoryProfile a = randomProfile(random, keys, speakers);
      StoryProfile b = randomProfile(random, keys, speakers);
      double expected = similarityBeforeMergeWalk(a, b);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(StoryProfile.similarity(a, b)), a + " / " + b);
      assertEquals(StoryProfile.similarity(a, b), StoryProfile.similarity(b, a));
      checked++;
    }
    assertEquals(20_000, checked);
  }

  private static StoryProfile randomProfile(java.util.Random random, String[] keys, String[] speakers) {
    Map<String, Integer> features = new java.util.HashMap<>();
    int n = random.nextInt(keys.length + 1);
    for (int i = 0; i < n; i++) {
      features.put(keys[random.nextInt(keys.length)], 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
    }
    List<String> quoted = new java.util.ArrayList<>();
    int q = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
    for (int i = 0; i < q; i++) {
      quoted.add(speakers[random.nextInt(speakers.length)]);
    }
    return new StoryProfile(features, quoted);
  }
}
