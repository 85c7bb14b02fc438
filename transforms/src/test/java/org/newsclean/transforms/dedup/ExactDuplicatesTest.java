package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;

class ExactDuplicatesTest {
  private static Article article(String source, String text) {
    return Article.read(source, "text/plain", null, text);
  }

  @Test
  void whitespaceAndCompatibilityFormsDoNotChangeTheKey() {
    assertEquals(
        ExactDuplicates.contentKey("Meta merilis Llama 3.\n\nIni berita."),
        ExactDuplicates.contentKey("  Meta  merilis\u00A0Llama 3.\r\nIni berita.  "));
    assertEquals(ExactDuplicates.contentKey("ＧＰＵ 64k"), ExactDuplicates.contentKey("GPU 64k"));
  }

  @Test
  void differentWordsGiveDifferentKeys() {
    assertNotEquals(ExactDuplicates.contentKey("Meta merilis Llama 3."), ExactDuplicates.contentKey("Meta merilis Llama 2."));
  }

  @Test
  void mergeKeepsTheSmallestSourceAndListsTheOthersSorted() {
    String key = ExactDuplicates.contentKey("same");
    Article merged =
        ExactDuplicates.merge(key, List.of(article("/in/c.txt", "same"), article("/in/a.txt", "same"), article("/in/b.txt", "same")));
    assertEquals("/in/a.txt", merged.getSource());
    assertEquals(List.of("/in/b.txt", "/in/c.txt"), merged.getDuplicateSources());
    assertEquals(ExactDuplicates.docId(key), merged.getDocId());
    assertEquals(32, merged.getDocId().length());
  }

  @Test
  void mergeDoesNotDependOnArrivalOrder() {
    String key = ExactDuplicates.contentKey("same");
    Article one = ExactDuplicates.merge(key, List.of(article("/x/2", "same"), article("/x/1", "same")));
    Article two = ExactDuplicates.merge(key, List.of(article("/x/1", "same"), article("/x/2", "same")));
    assertEquals(one, two);
  }

  @Test
  void aSingleCopyHasNoDuplicates() {
    Article merged = ExactDuplicates.merge("ab".repeat(32), List.of(article("/x/1", "t")));
    assertEquals(List.of(), merged.getDuplicateSources());
  }
}
