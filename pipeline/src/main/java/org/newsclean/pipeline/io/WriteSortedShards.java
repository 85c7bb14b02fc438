package org.newsclean.pipeline.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.RowJson;
import org.apache.beam.sdk.util.RowJsonUtils;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

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
    int n = shards;
    SerializableFunction<T, String> key = sortKey;
    TupleTag<T> recordsTag = new TupleTag<>();
    TupleTag<Integer> shardTag = new TupleTag<>();
    PCollection<KV<Integer, T>> keyed =
        input.apply(
            "AssignShard",
            WithKeys.of((T record) -> Math.floorMod(key.apply(record).hashCode(), n)).withKeyType(TypeDescriptors.integers()));
    // Every shard is written, empty or not, so a run always leaves the same set of files.
    List<KV<Integer, Integer>> shardIds = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      shardIds.add(KV.of(i, i));
    }
    PCollection<KV<Integer, Integer>> allShards =
        input.getPipeline().apply("AllShards", Create.of(shardIds).withCoder(KvCoder.of(VarIntCoder.of(), VarIntCoder.of())));
    return KeyedPCollectionTuple.of(recordsTag, keyed)
        .and(shardTag, allShards)
        .apply("GroupShard", CoGroupByKey.create())
        .apply(
            "WriteShard",
            ParDo.of(new WriteShardFn<>(directory, shards, sortKey, input.getToRowFunction(), outSchema, parquet, recordsTag)));
  }

  private static final class WriteShardFn<T> extends DoFn<KV<Integer, CoGbkResult>, String> {
    private final Counter written = Metrics.counter(WriteSortedShards.class, "records_written");
    private final String directory;
    private final int shards;
    private final SerializableFunction<T, String> sortKey;
    private final SerializableFunction<T, Row> toRow;
    private final Schema schema;
    private final boolean parquet;
    private final TupleTag<T> recordsTag;
    private transient ObjectMapper json;
    private transient org.apache.avro.Schema avroSchema;
    private transient ParquetIO.Sink sink;

    WriteShardFn(
        String directory,
        int shards,
        SerializableFunction<T, String> sortKey,
        SerializableFunction<T, Row> toRow,
        Schema schema,
        boolean parquet,
        TupleTag<T> recordsTag) {
      this.recordsTag = recordsTag;
      this.directory = directory;
      this.shards = shards;
      this.sortKey = sortKey;
      this.toRow = toRow;
      this.schema = schema;
      this.parquet = parquet;
    }

    @Setup
    public void setup() {
      json = RowJsonUtils.newObjectMapperWith(RowJson.RowJsonSerializer.forSchema(schema));
      if (parquet) {
        avroSchema = AvroUtils.toAvroSchema(schema);
        sink = ParquetIO.sink(avroSchema).withCompressionCodec(CompressionCodecName.SNAPPY);
      }
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<String> out) throws IOException {
      List<KV<String, Row>> records = new ArrayList<>();
      for (T record : shard.getValue().getAll(recordsTag)) {
        records.add(KV.of(sortKey.apply(record), project(toRow.apply(record))));
      }
      records.sort(Comparator.comparing(KV::getKey));
      String base = String.format("part-%05d-of-%05d", shard.getKey(), shards);
      ResourceId dir = FileSystems.matchNewResource(directory, true);

      ResourceId jsonFile = dir.resolve(base + ".jsonl", StandardResolveOptions.RESOLVE_FILE);
      try (WritableByteChannel channel = FileSystems.create(jsonFile, MimeTypes.TEXT);
          OutputStream stream = Channels.newOutputStream(channel)) {
        for (KV<String, Row> record : records) {
          stream.write(RowJsonUtils.rowToJson(json, record.getValue()).getBytes(StandardCharsets.UTF_8));
          stream.write('\n');
        }
      }
      out.output(jsonFile.toString());

      if (parquet) {
        ResourceId parquetFile = dir.resolve(base + ".parquet", StandardResolveOptions.RESOLVE_FILE);
        try (WritableByteChannel channel = FileSystems.create(parquetFile, MimeTypes.BINARY)) {
          sink.open(channel);
          for (KV<String, Row> record : records) {
            GenericRecord avro = AvroUtils.toGenericRecord(record.getValue(), avroSchema);
            sink.write(avro);
          }
          sink.flush();
        }
        out.output(parquetFile.toString());
      }
      written.inc(records.size());
    }

    private Row project(Row row) {
      if (row.getSchema().getFieldCount() == schema.getFieldCount()) {
        return row;
      }
      Row.Builder builder = Row.withSchema(schema);
      for (Schema.Field field : schema.getFields()) {
        builder.addValue(row.getValue(field.getName()));
      }
      return builder.build();
    }
  }
}
