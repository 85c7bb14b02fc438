package org.newsclean.transforms.boilerplate;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.ArticleStage;
import org.newsclean.transforms.records.Rejected;

/**
 * Replaces each article's raw text by its cleaned text ({@link BoilerplateStripper}) and records the
 * removed segments in {@code boilerplate_removed}. An article with no text left is rejected with
 * stage {@code boilerplate}, reason {@code empty_after_cleaning}.
 */
public final class StripBoilerplate extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final String STAGE = "boilerplate";
  public static final String EMPTY_AFTER_CLEANING = "empty_after_cleaning";
  public static final TupleTag<Article> CLEANED = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  public static StripBoilerplate withDefaultRules() {
    return new StripBoilerplate();
  }

  private StripBoilerplate() {}

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles.apply("Strip", ParDo.of(new StripFn()).withOutputTags(CLEANED, TupleTagList.of(REJECTED)));
    out.get(CLEANED).setCoder(articles.getCoder());
    return out;
  }

  /**
   * The stage as a plain per-article step (the counters of this transform included), for a reader to run right
   * after reading ({@code ReadArticles.followedBy}); this transform runs the same step.
   */
  public ArticleStage asStage() {
    return new Stage();
  }

  private static final class Stage implements ArticleStage {
    private static final long serialVersionUID = 1L;

    private static final class Holder {
      static final BoilerplateStripper STRIPPER = BoilerplateStripper.withDefaults();
    }

    private final Counter cleaned = Metrics.counter(StripBoilerplate.class, "articles_cleaned");
    private final Counter segments = Metrics.counter(StripBoilerplate.class, "segments_removed");
    private final Counter empty = Metrics.counter(StripBoilerplate.class, "rejected_" + EMPTY_AFTER_CLEANING);

    @Override
    public Result apply(Article article) {
      StrippedText stripped = Holder.STRIPPER.strip(article.getText());
      if (stripped.text().isBlank()) {
        empty.inc();
        return Result.reject(
            Rejected.create(
                article.getSource(),
                STAGE,
                EMPTY_AFTER_CLEANING,
                "no article text left after removing " + stripped.removed().size() + " boilerplate segments"));
      }
      cleaned.inc();
      segments.inc(stripped.removed().size());
      return Result.keep(article.toBuilder().setText(stripped.text()).withBoilerplateRemoved(stripped.removed()).build());
    }
  }

  private static final class StripFn extends DoFn<Article, Article> {
    private final ArticleStage stage = new Stage();

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      ArticleStage.Result result = stage.apply(article);
      if (result.kept() != null) {
        out.get(CLEANED).output(result.kept());
      } else {
        out.get(REJECTED).output(result.rejected());
      }
    }
  }
}
