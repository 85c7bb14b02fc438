package org.newsclean.transforms.dedup;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;

/**
 * The verdicts of {@link MarkNearDuplicates} without the marked articles: one {@code KV(doc_id, representative's
 * doc_id)} per near-duplicate of this run (a representative of an earlier run without its marker). A later join
 * applies them ({@link ClusterStories#withNearDuplicates}): each article is then shuffled once for both dedup
 * verdicts instead of once each. Counts {@code near_duplicates} and {@code near_duplicates_of_earlier_runs} under
 * {@link MarkNearDuplicates}, as marking does. Made by {@link MarkNearDuplicates#verdictsOnly()}.
 */
public final class FindNearDuplicates extends PTransform<PCollection<Article>, PCollection<KV<String, String>>> {
  private final MarkNearDuplicates settings;

  FindNearDuplicates(MarkNearDuplicates settings) {
    this.settings = settings;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<Article> articles) {
    return settings
        .representativesOf(articles)
        .apply("Verdicts", ParDo.of(new VerdictFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  private static final class VerdictFn extends DoFn<KV<Integer, KV<String, String>>, KV<String, String>> {
    private final Counter nearDuplicates = Metrics.counter(MarkNearDuplicates.class, "near_duplicates");
    private final Counter ofEarlier = Metrics.counter(MarkNearDuplicates.class, "near_duplicates_of_earlier_runs");

    @ProcessElement
    public void process(@Element KV<Integer, KV<String, String>> verdict, OutputReceiver<KV<String, String>> out) {
      nearDuplicates.inc();
      String representative = verdict.getValue().getValue();
      if (representative.startsWith("<")) {
        ofEarlier.inc();
        representative = representative.substring(1);
      }
      out.output(KV.of(verdict.getValue().getKey(), representative));
    }
  }
}
