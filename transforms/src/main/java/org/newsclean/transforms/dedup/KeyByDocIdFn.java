package org.newsclean.transforms.dedup;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.newsclean.transforms.records.Article;

/** Keys each article by the key range of its {@code doc_id}, for the joins of the dedup transforms. */
final class KeyByDocIdFn extends DoFn<Article, KV<Integer, KV<String, Article>>> {
  private final KeyRanges ranges;

  KeyByDocIdFn(KeyRanges ranges) {
    this.ranges = ranges;
  }

  @ProcessElement
  public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, Article>>> out) {
    out.output(KV.of(ranges.of(article.getDocId()), KV.of(article.getDocId(), article)));
  }
}
