package org.newsclean.pipeline.io;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Keys;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Writes a schema-carrying collection as JSON Lines and/or Snappy Parquet files whose content does
 * not depend on the runner or on arrival order: every record goes to shard {@code hash(key) mod n},
 * and each shard is sorted by key before it is written as {@code part-SSSSS-of-NNNNN.{jsonl,parquet}}.
 * Every shard is written, also when it is empty, so a run always leaves the same files.
 * One schema (the records' Beam schema) feeds both formats. Returns the paths written.
 */
public final class WriteSortedShards<T> extends PTransform<PCollection<T>, PCollection<String>> {
  private final String directory;
  private final int shards;
  private final SerializableFunction<T, String> sortKey;
  private final boolean parquet;
  private final Set<String> excludedFields;

  private WriteSortedShards(
      String directory, int shards, SerializableFunction<T, String> sortKey, boolean parquet, Set<String> excludedFields) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, got " + shards);
    }
    this.directory = directory;
    this.shards = shards;
    this.sortKey = sortKey;
    this.parquet = parquet;
    this.excludedFields = excludedFields;
  }

  /** JSON Lines and Parquet files under {@code directory}, records ordered by {@code sortKey} (which must be unique). */
  public static <T> WriteSortedShards<T> to(String directory, int shards, SerializableFunction<T, String> sortKey) {
    return new WriteSortedShards<>(directory, shards, sortKey, true, Set.of());
  }

  /** Leaves these top-level schema fields out of the written records. */
  public WriteSortedShards<T> excludingFields(String... fields) {
    return new WriteSortedShards<>(directory, shards, sortKey, parquet, Set.of(fields));
  }

  /** Writes JSON Lines only. */
  public WriteSortedShards<T> jsonLinesOnly() {
    return new WriteSortedShards<>(directory, shards, sortKey, false, excludedFields);
  }

  /** The schema of the written records: the input's schema without the excluded fields. */
  public static Schema outputSchema(Schema schema, Set<String> excluded) {
    Schema.Builder builder = Schema.builder();
    for (Schema.Field field : schema.getFields()) {
      if (!excluded.contains(field.getName())) {
        builder.addField(field);
      }
    }
    return builder.build();
  }

  @Override
  public PCollection<String> expand(PCollection<T> input) {
    if (!input.hasSchema()) {
      throw new IllegalArgumentException("WriteSortedShards needs a collection with a schema: " + input);
    }
    Schema outSchema = outputSchema(input.getSchema(), excludedFields);
    ShardWriter writer = new ShardWriter(directory, shards, outSchema, parquet);
    return write(input, shards, sortKey, List::of, sortKey, input.getToRowFunction(), writer);
  }

  /**
   * Element {@code e} to shard {@code hash(shardKey(e)) mod n}, then each shard's records sorted and written, and
   * every shard written. One GroupByKey, read once per shard: a GBK result need not be re-iterable (Flink's batch
   * mode is not), unlike a CoGroupByKey result with more than 10,000 elements.
   */
  private static <G, T> PCollection<String> write(
      PCollection<G> elements,
      int shards,
      SerializableFunction<G, String> shardKey,
      SerializableFunction<G, List<T>> records,
      SerializableFunction<T, String> sortKey,
      SerializableFunction<T, Row> toRow,
      ShardWriter writer) {
    PCollection<KV<Integer, String>> written =
        elements
            .apply(
                "AssignShard",
                WithKeys.of((G e) -> Math.floorMod(shardKey.apply(e).hashCode(), shards)).withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), elements.getCoder()))
            .apply("GroupShard", GroupByKey.create())
            .apply("WriteShard", ParDo.of(new WriteShardFn<>(writer, records, sortKey, toRow)));
    return withEmptyShards(written, shards, writer);
  }

  /**
   * Writes grouped records: each input element is a group of records (for example the mentions of one document)
   * that is shuffled as one element, so that a shuffle carries one element per group instead of one per record.
   * Group {@code g} goes to shard {@code hash(shardKey(g)) mod n}; each shard's records (those of all its groups)
   * are sorted by {@code sortKey} before they are written, as {@link #to} sorts them. The records' schema and row
   * function are those of {@code recordCoder}.
   */
  public static <G, T> PTransform<PCollection<G>, PCollection<String>> ofGroups(
      String directory,
      int shards,
      SerializableFunction<G, String> shardKey,
      SerializableFunction<G, List<T>> records,
      SerializableFunction<T, String> sortKey,
      SchemaCoder<T> recordCoder) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, got " + shards);
    }
    return new PTransform<PCollection<G>, PCollection<String>>() {
      @Override
      public PCollection<String> expand(PCollection<G> groups) {
        ShardWriter writer = new ShardWriter(directory, shards, recordCoder.getSchema(), true);
        return write(groups, shards, shardKey, records, sortKey, recordCoder.getToRowFunction(), writer);
      }
    };
  }

  /** Every shard is written, empty or not, so a run always leaves the same set of files. */
  private static PCollection<String> withEmptyShards(PCollection<KV<Integer, String>> written, int shards, ShardWriter writer) {
    PCollectionView<List<Integer>> nonEmpty = written.apply("WrittenShards", Keys.create()).apply("AsList", View.asList());
    List<Integer> shardIds = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      shardIds.add(i);
    }
    PCollection<String> empty =
        written
            .getPipeline()
            .apply("AllShards", Create.of(shardIds).withCoder(VarIntCoder.of()))
            .apply("WriteEmptyShards", ParDo.of(new WriteEmptyShardFn(writer, nonEmpty)).withSideInputs(nonEmpty));
    return PCollectionList.of(written.apply("Paths", Values.create()))
        .and(empty)
        .apply("AllPaths", Flatten.pCollections());
  }

  /** Writes one shard's sorted rows as JSON Lines and Parquet ({@link RecordFiles}). */
  private static final class ShardWriter implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String directory;
    private final int shards;
    private final RecordFiles files;

    ShardWriter(String directory, int shards, Schema schema, boolean parquet) {
      this(directory, shards, new RecordFiles(schema, parquet));
    }

    private ShardWriter(String directory, int shards, RecordFiles files) {
      this.directory = directory;
      this.shards = shards;
      this.files = files;
    }

    /** A copy with its own (not thread-safe) writers, for one DoFn instance. */
    ShardWriter open() {
      return new ShardWriter(directory, shards, files.copy());
    }

    Schema schema() {
      return files.schema();
    }

    /** Writes the rows (already sorted) of one shard; returns the paths written. */
    List<String> write(int shard, Iterable<Row> rows) throws IOException {
      RecordFiles.Output out = files.open(directory, String.format("part-%05d-of-%05d", shard, shards));
      try (out) {
        for (Row row : rows) {
          out.write(row);
        }
      }
      return out.paths();
    }
  }

  /**
   * Writes one shard: the records of its elements (an element is one record, or a group of them), sorted by key,
   * each cut down to the written schema.
   */
  private static final class WriteShardFn<G, T> extends DoFn<KV<Integer, Iterable<G>>, KV<Integer, String>> {
    private final Counter written = Metrics.counter(WriteSortedShards.class, "records_written");
    private final ShardWriter writer;
    private final SerializableFunction<G, List<T>> records;
    private final SerializableFunction<T, String> sortKey;
    private final SerializableFunction<T, Row> toRow;
    private transient ShardWriter open;

    WriteShardFn(
        ShardWriter writer, SerializableFunction<G, List<T>> records, SerializableFunction<T, String> sortKey,
        SerializableFunction<T, Row> toRow) {
      this.writer = writer;
      this.records = records;
      this.sortKey = sortKey;
      this.toRow = toRow;
    }

    @Setup
    public void setup() {
      open = writer.open();
    }

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<G>> shard, OutputReceiver<KV<Integer, String>> out) throws IOException {
      List<KV<String, T>> sorted = new ArrayList<>();
      for (G element : shard.getValue()) {
        for (T record : records.apply(element)) {
          sorted.add(KV.of(sortKey.apply(record), record));
        }
      }
      sorted.sort(Comparator.comparing(KV::getKey));
      // rows are made while writing, one at a time, so that a shard is held in memory once, as records
      Iterable<Row> rows = () -> sorted.stream().map(r -> project(toRow.apply(r.getValue()))).iterator();
      for (String path : open.write(shard.getKey(), rows)) {
        out.output(KV.of(shard.getKey(), path));
      }
      written.inc(sorted.size());
    }

    private Row project(Row row) {
      return RecordFiles.project(row, open.schema());
    }
  }

  /** Writes the files of every shard that got no record. */
  private static final class WriteEmptyShardFn extends DoFn<Integer, String> {
    private final ShardWriter writer;
    private final PCollectionView<List<Integer>> nonEmpty;
    private transient ShardWriter open;

    WriteEmptyShardFn(ShardWriter writer, PCollectionView<List<Integer>> nonEmpty) {
      this.writer = writer;
      this.nonEmpty = nonEmpty;
    }

    @Setup
    public void setup() {
      open = writer.open();
    }

    @ProcessElement
    public void process(@Element Integer shard, ProcessContext context) throws IOException {
      if (context.sideInput(nonEmpty).contains(shard)) {
        return;
      }
      for (String path : open.write(shard, List.of())) {
        context.output(path);
      }
    }
  }
}
