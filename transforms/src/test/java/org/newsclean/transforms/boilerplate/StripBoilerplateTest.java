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

  /** Articles and rejections of a read followed by the stage, and of the read then the transform, as sets. */
  private static <T> java.util.Map<String, java.util.Set<T>> byTag(Iterable<org.apache.beam.sdk.values.KV<String, T>> tagged) {
    java.util.Map<String, java.util.Set<T>> sets = new java.util.TreeMap<>();
    for (org.apache.beam.sdk.values.KV<String, T> kv : tagged) {
      org.junit.jupiter.api.Assertions.assertTrue(sets.computeIfAbsent(kv.getKey(), k -> new java.util.HashSet<>()).add(kv.getValue()), "twice: " + kv);
    }
    return sets;
  }

  @org.junit.jupiter.api.Test
  void theStageAfterTheReadGivesWhatTheTransformGives(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    try (var seeds = java.nio.file.Files.list(java.nio.file.Path.of("..", "seeds"))) {
      for (java.nio.file.Path f : seeds.toList()) {
        java.nio.file.Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    java.nio.file.Files.writeString(dir.resolve("only-boilerplate.txt"), "NewsSite24\n\n  12 − 4 =\n");
    java.nio.file.Files.write(dir.resolve("empty.txt"), new byte[0]);
    String pattern = dir + "/*";
    Pipeline p = BeamTest.newPipeline();
    PCollectionTuple followed =
        p.apply("Followed", org.newsclean.transforms.read.ReadArticles.from(pattern).followedBy(StripBoilerplate.withDefaultRules().asStage()));
    PCollectionTuple read = p.apply("Read", org.newsclean.transforms.read.ReadArticles.from(pattern));
    PCollectionTuple separate = read.get(org.newsclean.transforms.read.ReadArticles.ARTICLES).apply(StripBoilerplate.withDefaultRules());
    org.junit.jupiter.api.Assertions.assertInstanceOf(
        org.newsclean.transforms.records.ArticleCoder.class, followed.get(org.newsclean.transforms.read.ReadArticles.ARTICLES).getCoder());

    var articles =
        org.apache.beam.sdk.values.PCollectionList.of(
                followed.get(org.newsclean.transforms.read.ReadArticles.ARTICLES)
                    .apply("TagFollowed", org.apache.beam.sdk.transforms.WithKeys.of("followed")))
            .and(separate.get(StripBoilerplate.CLEANED).apply("TagSeparate", org.apache.beam.sdk.transforms.WithKeys.of("separate")))
            .apply("AllArticles", org.apache.beam.sdk.transforms.Flatten.pCollections());
    PAssert.that(articles).satisfies(all -> {
      var sets = byTag(all);
      assertEquals(2, sets.size());
      assertEquals(5, sets.get("separate").size());
      assertEquals(sets.get("separate"), sets.get("followed"));
      return null;
    });
    var rejected =
        org.apache.beam.sdk.values.PCollectionList.of(
                followed.get(org.newsclean.transforms.read.ReadArticles.REJECTED)
                    .apply("TagFollowedRejected", org.apache.beam.sdk.transforms.WithKeys.of("followed")))
            .and(read.get(org.newsclean.transforms.read.ReadArticles.REJECTED).apply("TagRead", org.apache.beam.sdk.transforms.WithKeys.of("separate")))
            .and(separate.get(StripBoilerplate.REJECTED).apply("TagStripped", org.apache.beam.sdk.transforms.WithKeys.of("separate")))
            .apply("AllRejected", org.apache.beam.sdk.transforms.Flatten.pCollections());
    PAssert.that(rejected).satisfies(all -> {
      var sets = byTag(all);
      assertEquals(2, sets.get("separate").size(), "an empty file (read) and a boilerplate-only one: " + sets);
      assertEquals(sets.get("separate"), sets.get("followed"));
      return null;
    });
    org.apache.beam.sdk.PipelineResult result = BeamTest.runToEnd(p);
    // the stage counts in both branches: the five seeds cleaned in each, the boilerplate-only file rejected in each
    assertEquals(10L, BeamTest.counter(result, StripBoilerplate.class, "articles_cleaned"));
    assertEquals(2L, BeamTest.counter(result, StripBoilerplate.class, "rejected_" + StripBoilerplate.EMPTY_AFTER_CLEANING));
  }
}
