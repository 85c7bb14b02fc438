package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.testing.BeamTest;

class DeduplicateTest {
  @Test
  void collapsesCopiesWithOtherWhitespaceAndKeepsDistinctTexts() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(
                Create.of(
                    Article.read("/in/b.txt", "text/plain", null, "Satu dua.\n\nTiga."),
                    Article.read("/in/a.txt", "text/plain", null, "Satu  dua.\nTiga. "),
                    Article.read("/in/c.txt", "text/plain", null, "Lain sama sekali.")))
            .apply(Deduplicate.exactCopies());

    String key = ExactDuplicates.contentKey("Satu dua. Tiga.");
    PAssert.that(out)
        .satisfies(
            docs -> {
              List<Article> list = new java.util.ArrayList<>();
              docs.forEach(list::add);
              assertEquals(2, list.size());
              Article merged = list.stream().filter(a -> a.getSource().equals("/in/a.txt")).findFirst().orElseThrow();
              assertEquals(List.of("/in/b.txt"), merged.getDuplicateSources());
              assertEquals(ExactDuplicates.docId(key), merged.getDocId());
              Article other = list.stream().filter(a -> a.getSource().equals("/in/c.txt")).findFirst().orElseThrow();
              assertEquals(List.of(), other.getDuplicateSources());
              return null;
            });
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(2L, BeamTest.counter(result, Deduplicate.class, "documents"));
    assertEquals(1L, BeamTest.counter(result, Deduplicate.class, "duplicates"));
  }

  @Test
  void emptyInputGivesNoDocuments() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out = p.apply(Create.empty(org.apache.beam.sdk.values.TypeDescriptor.of(Article.class))).apply(Deduplicate.exactCopies());
    PAssert.that(out).empty();
    BeamTest.runToEnd(p);
  }

}
