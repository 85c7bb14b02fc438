package org.newsclean.transforms.records;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A per-article stage that keeps an article (changed or not) or rejects it, for a reading step to run right after
 * each article is read ({@code ReadArticles.followedBy}): one output split for both stages instead of one per
 * stage. On Flink's batch runner every multi-output step sends every element, serialized, to one pruning step per
 * output, so each split costs a full copy of the articles. Implementations are serializable and thread-safe.
 */
public interface ArticleStage extends Serializable {
  /** The article to keep, or the rejection: exactly one of the two is set. */
  record Result(@Nullable Article kept, @Nullable Rejected rejected) {
    public Result {
      if ((kept == null) == (rejected == null)) {
        throw new IllegalArgumentException("a stage result keeps an article or rejects it");
      }
    }

    public static Result keep(Article article) {
      return new Result(article, null);
    }

    public static Result reject(Rejected rejected) {
      return new Result(null, rejected);
    }
  }

  Result apply(Article article);
}
