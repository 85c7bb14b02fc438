package org.newsclean.pipeline.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.util.RowJson;
import org.apache.beam.sdk.util.RowJsonUtils;
import org.apache.beam.sdk.values.Row;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes rows of one Beam schema as a pair of files, {@code NAME.jsonl} (JSON Lines) and {@code NAME.parquet}
 * (Snappy Parquet), in one pass: each row goes to both files as it comes. Used by {@link WriteSortedShards}
 * for every shard, and by the benchmark's baseline loop, so that both write the same bytes the same way.
 *
 * <p>The instance is a serializable description; {@link #open} builds the (not thread-safe) encoders once
 * per instance, so a DoFn keeps one instance per DoFn copy.
 */
public final class RecordFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Schema schema;
  private final boolean parquet;
  private transient ObjectMapper json;
  private transient org.apache.avro.Schema avroSchema;
  private transient AvroRecords avroRecords;

  /** @param parquet whether to write the Parquet file too (else JSON Lines only) */
  public RecordFiles(Schema schema, boolean parquet) {
    this.schema = schema;
    this.parquet = parquet;
  }

  public Schema schema() {
    return schema;
  }

  /** A copy with its own encoders, for one thread. */
  public RecordFiles copy() {
    return new RecordFiles(schema, parquet);
  }

  /** Opens {@code NAME.jsonl} (and {@code NAME.parquet}) in {@code directory} on any Beam file system. */
  public Output open(String directory, String name) throws IOException {
    if (json == null) {
      json = RowJsonUtils.newObjectMapperWith(RowJson.RowJsonSerializer.forSchema(schema));
      avroSchema = parquet ? AvroUtils.toAvroSchema(schema) : null;
      avroRecords = parquet ? new AvroRecords(schema, avroSchema) : null;
    }
    return new Output(FileSystems.matchNewResource(directory, true), name);
  }

  /** {@code row} cut down to {@code schema}'s fields (by name); {@code row} itself when it has them all. */
  public static Row project(Row row, Schema schema) {
    if (row.getSchema().getFieldCount() == schema.getFieldCount()) {
      return row;
    }
    Row.Builder builder = Row.withSchema(schema);
    for (Schema.Field field : schema.getFields()) {
      builder.addValue(row.getValue(field.getName()));
    }
    return builder.build();
  }

  /** The open files; rows must be written in the order wanted in the files. */
  public final class Output implements AutoCloseable {
    private final List<String> paths = new ArrayList<>(2);
    private final OutputStream jsonStream;
    private final ParquetIO.Sink sink;
    private final WritableByteChannel parquetChannel;
    private long rows;

    private Output(ResourceId dir, String name) throws IOException {
      ResourceId jsonFile = dir.resolve(name + ".jsonl", StandardResolveOptions.RESOLVE_FILE);
      jsonStream = new BufferedOutputStream(Channels.newOutputStream(FileSystems.create(jsonFile, MimeTypes.TEXT)), 1 << 16);
      paths.add(jsonFile.toString());
      if (parquet) {
        ResourceId parquetFile = dir.resolve(name + ".parquet", StandardResolveOptions.RESOLVE_FILE);
        // the footer's encoding lists come out of parquet-java in a per-JVM order: sorted on the way out
        parquetChannel = new CanonicalParquetFooter(FileSystems.create(parquetFile, MimeTypes.BINARY));
        sink = ParquetIO.sink(avroSchema).withCompressionCodec(CompressionCodecName.SNAPPY);
        sink.open(parquetChannel);
        paths.add(parquetFile.toString());
      } else {
        parquetChannel = null;
        sink = null;
      }
    }

    public void write(Row row) throws IOException {
      jsonStream.write(RowJsonUtils.rowToJson(json, row).getBytes(StandardCharsets.UTF_8));
      jsonStream.write('\n');
      if (sink != null) {
        sink.write(avroRecords.toRecord(row));
      }
      rows++;
    }

    public long rows() {
      return rows;
    }

    /** The paths of the files, JSON Lines first. */
    public List<String> paths() {
      return List.copyOf(paths);
    }

    @Override
    public void close() throws IOException {
      try {
        jsonStream.close();
      } finally {
        if (sink != null) {
          try {
            sink.flush();
          } finally {
            parquetChannel.close();
          }
        }
      }
    }
  }
}
