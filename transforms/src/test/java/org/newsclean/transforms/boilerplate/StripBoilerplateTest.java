package org.newsclean.transforms.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.Rejected;
import org.newsclean.transforms.testing.BeamTest;

class StripBoilerplateTest {
  @Test
  void cleansTextKeepsWhatItCutAndRejectsArticlesWithNothingLeft() {
    String raw =
        "NewsSite24\n\nLe gouvernement a annoncé mardi une réforme des retraites.\n\n  Les syndicats ont appelé à la grève.  \n\n    7 + 3 =\n\nNewsSite24\n";
    Pipeline p = BeamTest.newPipeline();
    PCollectionTuple out =
        p.apply(
                Create.of(
                    Article.read("/in/a.txt", "text/plain", null, raw),
                    Article.read("/in/only-boilerplate.txt", "text/plain", null, "NewsSite24\n\n  12 − 4 =\n")))
            .apply(StripBoilerplate.withDefaultRules());
    PAssert.that(out.get(StripBoilerplate.CLEANED))
        .satisfies(
            articles -> {
              Article a = articles.iterator().next();
              assertEquals("Le gouvernement a annoncé mardi une réforme des retraites.\n\nLes syndicats ont appelé à la grève.", a.getText());
              assertEquals(List.of("NewsSite24", "7 + 3 =", "NewsSite24"), a.getBoilerplateRemoved());
              return null;
            });
    PAssert.that(out.get(StripBoilerplate.REJECTED))
        .containsInAnyOrder(
            Rejected.create(
                "/in/only-boilerplate.txt",
                StripBoilerplate.STAGE,
                StripBoilerplate.EMPTY_AFTER_CLEANING,
                "no article text left after removing 2 boilerplate segments"));
    BeamTest.runToEnd(p);
  }
}
