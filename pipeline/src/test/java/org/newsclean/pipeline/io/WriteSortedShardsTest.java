package org.newsclean.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link WriteSortedShards#grouped} writes the files {@link WriteSortedShards#expand} writes, and checks its groups. */
class WriteSortedShardsTest {
  private static final Schema SCHEMA = Schema.builder().addStringField("id").addInt32Field("n").addStringField("note").build();
  private static final int SHARDS = 6;

  @TempDir Path dir;

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(Row.withSchema(SCHEMA).addValues(String.format(Locale.ROOT, "id-%04d", (i * 7919) % 500), i, "n\u00E9 " + i).build());
    }
    return rows;
  }

  private static Pipeline pipeline() {
    return Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
  }

  @Test
  void groupedWritesTheSameFilesAsUngrouped() throws IOException {
    SerializableFunction<Row, String> id = r -> r.getString("id");
    Pipeline p = pipeline();
    PCollection<Row> input = p.apply(Create.of(rows()).withRowSchema(SCHEMA));
    input.apply("Ungrouped", WriteSortedShards.to(dir.resolve("ungrouped").toString(), SHARDS, id).excludingFields("note"));
    input
        .apply("Key", WithKeys.of((Row r) -> WriteSortedShards.shardOf(r.getString("id"), SHARDS)).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), input.getCoder()))
        .apply("Group", GroupByKey.create())
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(input.getCoder())))
        .apply(
            "Grouped",
            WriteSortedShards.to(dir.resolve("grouped").toString(), SHARDS, id)
                .excludingFields("note")
                .grouped(input.getSchema(), input.getToRowFunction()));
    assertEquals(PipelineResult.State.DONE, p.run().waitUntilFinish());

    List<Path> ungrouped = files(dir.resolve("ungrouped"));
    List<Path> grouped = files(dir.resolve("grouped"));
    assertEquals(2 * SHARDS, ungrouped.size());
    assertEquals(ungrouped.stream().map(Path::getFileName).toList(), grouped.stream().map(Path::getFileName).toList());
    for (int i = 0; i < ungrouped.size(); i++) {
      assertArrayEquals(Files.readAllBytes(ungrouped.get(i)), Files.readAllBytes(grouped.get(i)), grouped.get(i).toString());
    }
    long lines = 0;
    for (Path f : grouped) {
      if (f.toString().endsWith(".jsonl")) {
        lines += Files.readAllLines(f).size();
        assertTrue(Files.readString(f).indexOf("note") < 0, "excluded field left out: " + f);
      }
    }
    assertEquals(500, lines);
  }

  @Test
  void aRecordInTheWrongGroupFailsTheRun() {
    SerializableFunction<Row, String> id = r -> r.getString("id");
    Pipeline p = pipeline();
    PCollection<Row> input = p.apply(Create.of(rows()).withRowSchema(SCHEMA));
    input
        // one shard off: every record is in a group that is not its shard
        .apply("Key", WithKeys.of((Row r) -> (WriteSortedShards.shardOf(r.getString("id"), SHARDS) + 1) % SHARDS)
            .withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), input.getCoder()))
        .apply("Group", GroupByKey.create())
        .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(input.getCoder())))
        .apply("Grouped", WriteSortedShards.to(dir.resolve("wrong").toString(), SHARDS, id).grouped(input.getSchema(), input.getToRowFunction()));
    Exception e = assertThrows(Exception.class, () -> p.run().waitUntilFinish());
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
      cause = cause.getCause();
    }
    assertTrue(cause instanceof IllegalStateException && cause.getMessage().contains("in group"), String.valueOf(e));
  }

  private static List<Path> files(Path d) throws IOException {
    try (Stream<Path> list = Files.list(d)) {
      return list.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }
}
