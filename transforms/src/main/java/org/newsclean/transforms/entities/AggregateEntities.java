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
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.FlatMapElements;
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
   * The combine's accumulator: the entity id (after a presence byte: an empty accumulator has none), the name and type counts (sorted by key), the
   * sorted aliases, documents and languages, and the count. Deterministic.
   */
  static final class TotalsCoder extends AtomicCoder<EntityAggregator.Totals> {
    static final TotalsCoder INSTANCE = new TotalsCoder();
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarLongCoder LONG = VarLongCoder.of();

    @Override
    public void encode(EntityAggregator.Totals t, OutputStream out) throws IOException {
      if (t.entityId == null) {
        out.write(0);
      } else {
        out.write(1);
        STRING.encode(t.entityId, out);
      }
      counts(t.names, out);
      counts(t.types, out);
      strings(t.aliases, out);
      strings(t.docIds, out);
      strings(t.languages, out);
      LONG.encode(t.count, out);
    }

    @Override
    public EntityAggregator.Totals decode(InputStream in) throws IOException {
      int presence = in.read();
      if (presence != 0 && presence != 1) {
        throw new org.apache.beam.sdk.coders.CoderException("corrupt entity totals: presence byte " + presence);
      }
      EntityAggregator.Totals t = new EntityAggregator.Totals(presence == 1 ? STRING.decode(in) : null);
      readCounts(t.names, in);
      readCounts(t.types, in);
      readStrings(t.aliases, in);
      readStrings(t.docIds, in);
      readStrings(t.languages, in);
      t.count = LONG.decode(in);
      return t;
    }

    @Override
    public void verifyDeterministic() {
      // sorted maps and sets, written in order
    }

    private static void counts(Map<String, Long> counts, OutputStream out) throws IOException {
      LONG.encode((long) counts.size(), out);
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        STRING.encode(e.getKey(), out);
        LONG.encode(e.getValue(), out);
      }
    }

    private static void readCounts(Map<String, Long> into, InputStream in) throws IOException {
      long n = LONG.decode(in);
      for (long i = 0; i < n; i++) {
        into.put(STRING.decode(in), LONG.decode(in));
      }
    }

    private static void strings(java.util.Collection<String> list, OutputStream out) throws IOException {
      LONG.encode((long) list.size(), out);
      for (String s : list) {
        STRING.encode(s, out);
      }
    }

    private static void readStrings(java.util.Collection<String> into, InputStream in) throws IOException {
      long n = LONG.decode(in);
      for (long i = 0; i < n; i++) {
        into.add(STRING.decode(in));
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
