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
}
