package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;

/**
 * Collapses articles whose cleaned text is identical (see {@link ExactDuplicates}) into one document
 * with a content-derived {@code doc_id} that lists every other source in {@code duplicate_sources}.
 * Articles are grouped by {@link KeyRanges key range} of their content key, then by content key inside the
 * range.
 */
public final class Deduplicate extends PTransform<PCollection<Article>, PCollection<Article>> {
  private final KeyRanges ranges;

  public static Deduplicate exactCopies() {
    return new Deduplicate(new KeyRanges(KeyRanges.DEFAULT));
  }

  private Deduplicate(KeyRanges ranges) {
    this.ranges = ranges;
  }

  public Deduplicate withKeyRanges(int count) {
    return new Deduplicate(new KeyRanges(count));
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles
        .apply("KeyByContent", ParDo.of(new KeyFn(ranges)))
        .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), articles.getCoder())))
        .apply("GroupCopies", GroupByKey.create())
        .apply("MergeCopies", ParDo.of(new MergeFn()))
        .setCoder(articles.getCoder());
  }

  private static final class KeyFn extends DoFn<Article, KV<Integer, KV<String, Article>>> {
    private final KeyRanges ranges;

    KeyFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, Article>>> out) {
      String key = ExactDuplicates.contentKey(article.getText());
      out.output(KV.of(ranges.of(key), KV.of(key, article)));
    }
  }

  private static final class MergeFn extends DoFn<KV<Integer, Iterable<KV<String, Article>>>, Article> {
    private final Counter documents = Metrics.counter(Deduplicate.class, "documents");
    private final Counter duplicates = Metrics.counter(Deduplicate.class, "duplicates");

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<KV<String, Article>>> range, OutputReceiver<Article> out) {
      Map<String, List<Article>> byContent = new TreeMap<>();
      for (KV<String, Article> a : range.getValue()) {
        byContent.computeIfAbsent(a.getKey(), k -> new ArrayList<>()).add(a.getValue());
      }
      for (Map.Entry<String, List<Article>> copies : byContent.entrySet()) {
        Article merged = ExactDuplicates.merge(copies.getKey(), copies.getValue());
        documents.inc();
        duplicates.inc(merged.getDuplicateSources().size());
        out.output(merged);
      }
    }
  }
}
