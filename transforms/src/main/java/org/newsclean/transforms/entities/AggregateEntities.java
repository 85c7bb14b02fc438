package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.EntityRecordCoder;
import org.newsclean.transforms.records.FieldEncoding;

/**
 * Builds one {@link EntityRecord} per entity over all documents: aliases seen, documents, languages, mention count.
 * The partial records of the documents are combined per entity ({@link EntityAggregator.Totals}), so a runner can
 * add them up before its shuffle (Flink and Spark do) instead of shuffling one partial record per entity of every
 * document.
 */
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
        .apply("CombinePerEntity", Combine.perKey(new TotalsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), EntityRecordCoder.of()))
        .apply("Records", ParDo.of(new RecordFn()))
        .setCoder(EntityRecordCoder.of());
  }

  /** {@link EntityAggregator#merge} as a combine: the totals of any grouping of the partial records give its result. */
  static final class TotalsFn extends Combine.CombineFn<EntityRecord, EntityAggregator.Totals, EntityRecord> {
    @Override
    public EntityAggregator.Totals createAccumulator() {
      return new EntityAggregator.Totals(null); // the entity id comes with the first partial record
    }

    @Override
    public EntityAggregator.Totals addInput(EntityAggregator.Totals totals, EntityRecord part) {
      return totals.add(part);
    }

    @Override
    public EntityAggregator.Totals mergeAccumulators(Iterable<EntityAggregator.Totals> all) {
      EntityAggregator.Totals merged = new EntityAggregator.Totals(null);
      for (EntityAggregator.Totals t : all) {
        merged.addAll(t);
      }
      return merged;
    }

    @Override
    public EntityRecord extractOutput(EntityAggregator.Totals totals) {
      return totals.toRecord();
    }

    @Override
    public Coder<EntityAggregator.Totals> getAccumulatorCoder(CoderRegistry registry, Coder<EntityRecord> input) {
      return TotalsCoder.INSTANCE;
    }
  }

  /**
   * The combine's accumulator: the entity id (nullable: an empty accumulator has none), the name and type counts
   * (sorted by key), the sorted aliases, documents and languages, and the count, in the record coders' field
   * encodings ({@link FieldEncoding}). Deterministic.
   */
  static final class TotalsCoder extends AtomicCoder<EntityAggregator.Totals> {
    static final TotalsCoder INSTANCE = new TotalsCoder();

    @Override
    public void encode(EntityAggregator.Totals t, OutputStream out) throws IOException {
      FieldEncoding.nullable(t.entityId, out);
      counts(t.names, out);
      counts(t.types, out);
      FieldEncoding.strings(t.aliases, out);
      FieldEncoding.strings(t.docIds, out);
      FieldEncoding.strings(t.languages, out);
      VarInt.encode(t.count, out);
    }

    @Override
    public EntityAggregator.Totals decode(InputStream in) throws IOException {
      EntityAggregator.Totals t = new EntityAggregator.Totals(FieldEncoding.nullable(in));
      readCounts(t.names, in);
      readCounts(t.types, in);
      t.aliases.addAll(FieldEncoding.strings(in));
      t.docIds.addAll(FieldEncoding.strings(in));
      t.languages.addAll(FieldEncoding.strings(in));
      t.count = VarInt.decodeLong(in);
      return t;
    }

    @Override
    public void verifyDeterministic() {
      // sorted maps and sets, written in order
    }

    private static void counts(Map<String, Long> counts, OutputStream out) throws IOException {
      VarInt.encode(counts.size(), out);
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        FieldEncoding.string(e.getKey(), out);
        VarInt.encode(e.getValue(), out);
      }
    }

    private static void readCounts(Map<String, Long> into, InputStream in) throws IOException {
      int n = FieldEncoding.size(in);
      for (int i = 0; i < n; i++) {
        into.put(FieldEncoding.string(in), VarInt.decodeLong(in));
      }
    }
  }

  private static final class RecordFn extends DoFn<KV<String, EntityRecord>, EntityRecord> {
    private final Counter entities = Metrics.counter(AggregateEntities.class, "entities");

    @ProcessElement
    public void process(@Element KV<String, EntityRecord> entity, OutputReceiver<EntityRecord> out) {
      entities.inc();
      out.output(entity.getValue());
    }
  }
}
