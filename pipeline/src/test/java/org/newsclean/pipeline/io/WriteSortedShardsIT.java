package org.newsclean.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WriteSortedShards} on embedded Flink, whose batch GroupByKey results can be read only once:
 * a shard of more than 10,000 records (where a CoGroupByKey result must be read again) and shards
 * that get no record at all.
 */
class WriteSortedShardsIT {
  static final Schema SCHEMA = Schema.builder().addStringField("id").addInt32Field("n").build();
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void bigAndEmptyShardsOnFlink() throws IOException {
    PipelineOptions options =
        PipelineOptionsFactory.fromArgs("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2").create();
    Pipeline pipeline = Pipeline.create(options);
    List<Row> many = new ArrayList<>();
    for (int i = 0; i < 25_000; i++) {
      many.add(Row.withSchema(SCHEMA).addValues(String.format(Locale.ROOT, "id-%06d", (i * 7919) % 25_000), i).build());
    }
    List<Row> few = List.of(Row.withSchema(SCHEMA).addValues("a", 1).build(), Row.withSchema(SCHEMA).addValues("b", 2).build());
    PCollection<Row> big = pipeline.apply("Many", Create.of(many).withRowSchema(SCHEMA));
    PCollection<Row> small = pipeline.apply("Few", Create.of(few).withRowSchema(SCHEMA));
    big.apply("WriteBig", WriteSortedShards.<Row>to(dir.resolve("big").toString(), 2, r -> r.getString("id")).jsonLinesOnly());
    small.apply("WriteSmall", WriteSortedShards.<Row>to(dir.resolve("small").toString(), 8, r -> r.getString("id")));
    assertEquals(PipelineResult.State.DONE, pipeline.run().waitUntilFinish());

    List<String> ids = new ArrayList<>();
    for (Path file : files(dir.resolve("big"), ".jsonl")) {
      List<String> shard = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        shard.add(JSON.readTree(line).get("id").asText());
      }
      assertTrue(shard.size() > 10_000, file + " has " + shard.size() + " records");
      assertEquals(new ArrayList<>(new TreeSet<>(shard)), shard, file + " is sorted by key, without repeats");
      ids.addAll(shard);
    }
    assertEquals(25_000, ids.size());
    assertEquals(25_000, new TreeSet<>(ids).size());

    assertEquals(8, files(dir.resolve("small"), ".jsonl").size());
    assertEquals(8, files(dir.resolve("small"), ".parquet").size());
    long lines = 0;
    for (Path file : files(dir.resolve("small"), ".jsonl")) {
      lines += Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }
    assertEquals(2, lines);
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(f -> f.getFileName().toString().startsWith("part-") && f.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
