package org.newsclean.transforms.quotes;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.QuoteRecordCoder;

/**
 * Groups the quotes of all documents by {@code quote_id} (same language, same normalised words):
 * one {@link QuoteRecord} per statement listing every document that quotes it ({@link QuoteGroups}).
 */
public final class GroupQuotes extends PTransform<PCollection<Article>, PCollection<QuoteRecord>> {

  public static GroupQuotes acrossDocuments() {
    return new GroupQuotes();
  }

  private GroupQuotes() {}

  @Override
  public PCollection<QuoteRecord> expand(PCollection<Article> documents) {
    return documents
        .apply("KeyByQuoteId", ParDo.of(new KeyByQuoteIdFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), QuoteRecordCoder.of()))
        .apply("GroupByQuoteId", GroupByKey.create())
        .apply("Merge", ParDo.of(new MergeFn()))
        .setCoder(QuoteRecordCoder.of());
  }

  private static final class KeyByQuoteIdFn extends DoFn<Article, KV<String, QuoteRecord>> {
    private final Counter occurrences = Metrics.counter(GroupQuotes.class, "quote_occurrences");

    @ProcessElement
    public void process(@Element Article document, OutputReceiver<KV<String, QuoteRecord>> out) {
      for (QuoteRecord row : QuoteGroups.occurrencesOf(document)) {
        occurrences.inc();
        out.output(KV.of(row.getQuoteId(), row));
      }
    }
  }

  private static final class MergeFn extends DoFn<KV<String, Iterable<QuoteRecord>>, QuoteRecord> {
    private final Counter statements = Metrics.counter(GroupQuotes.class, "quotes");
    private final Counter repeated = Metrics.counter(GroupQuotes.class, "quotes_in_several_documents");

    @ProcessElement
    public void process(@Element KV<String, Iterable<QuoteRecord>> group, OutputReceiver<QuoteRecord> out) {
      QuoteRecord merged = QuoteGroups.merge(group.getValue());
      statements.inc();
      if (merged.getDocIds().size() > 1) {
        repeated.inc();
      }
      out.output(merged);
    }
  }
}
