package org.newsclean.transforms.dedup;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclean.transforms.records.Article;

/**
 * Collapses articles whose cleaned text is identical (see {@link ExactDuplicates}) into one document
 * with a content-derived {@code doc_id} that lists every other source in {@code duplicate_sources}.
 */
public final class Deduplicate extends PTransform<PCollection<Article>, PCollection<Article>> {

  public static Deduplicate exactCopies() {
    return new Deduplicate();
  }

  private Deduplicate() {}

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles
        .apply("KeyByContent", WithKeys.of((Article a) -> ExactDuplicates.contentKey(a.getText())).withKeyType(TypeDescriptors.strings()))
        .apply("GroupCopies", GroupByKey.create())
        .apply("MergeCopies", ParDo.of(new MergeFn()))
        .setCoder(articles.getCoder());
  }

  private static final class MergeFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter documents = Metrics.counter(Deduplicate.class, "documents");
    private final Counter duplicates = Metrics.counter(Deduplicate.class, "duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, OutputReceiver<Article> out) {
      Article merged = ExactDuplicates.merge(group.getKey(), group.getValue());
      documents.inc();
      duplicates.inc(merged.getDuplicateSources().size());
      out.output(merged);
    }
  }
}
