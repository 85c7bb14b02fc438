package org.newsclean.transforms.entities;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.EntityRecordCoder;

/** Builds one {@link EntityRecord} per entity over all documents: aliases seen, documents, languages, mention count. */
public final class AggregateEntities extends PTransform<PCollection<Article>, PCollection<EntityRecord>> {

  public static AggregateEntities acrossDocuments() {
    return new AggregateEntities();
  }

  private AggregateEntities() {}

  @Override
  public PCollection<EntityRecord> expand(PCollection<Article> documents) {
    return documents
        .apply("PerDocument", FlatMapElements.into(TypeDescriptor.of(EntityRecord.class)).via(EntityAggregator::partials))
        .setCoder(EntityRecordCoder.of())
        .apply("KeyByEntity", WithKeys.of(EntityRecord::getEntityId).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), EntityRecordCoder.of()))
        .apply("GroupByEntity", GroupByKey.create())
        .apply("Merge", ParDo.of(new MergeFn()))
        .setCoder(EntityRecordCoder.of());
  }

  private static final class MergeFn extends DoFn<KV<String, Iterable<EntityRecord>>, EntityRecord> {
    private final Counter entities = Metrics.counter(AggregateEntities.class, "entities");

    @ProcessElement
    public void process(@Element KV<String, Iterable<EntityRecord>> group, OutputReceiver<EntityRecord> out) {
      entities.inc();
      out.output(EntityAggregator.merge(group.getKey(), group.getValue()));
    }
  }
}
