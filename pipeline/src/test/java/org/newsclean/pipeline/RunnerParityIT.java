package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.pipeline.io.OutputLayout;

/**
 * The whole pipeline on embedded Flink and on local Spark writes the same records as on the
 * DirectRunner, record for record and byte for byte: documents, quotes, entities, mentions and
 * rejected inputs. Input: the seeds, the crafted copies and bad files of {@link SeedRun}, and one
 * more copy of every seed with other whitespace (written by the test).
 *
 * <p>Run by {@code mvn -B verify} (failsafe). Only one runner: {@code mvn -B verify -Dit.test=RunnerParityIT#flinkWritesWhatDirectWrites}.
 */
class RunnerParityIT {
  static final List<String> RECORD_TYPES =
      List.of(OutputLayout.DOCUMENTS, OutputLayout.QUOTES, OutputLayout.ENTITIES, OutputLayout.MENTIONS, OutputLayout.REJECTED);

  @TempDir static Path dir;
  static Path input;
  static int seeds;
  static SeedRun direct;

  @BeforeAll
  static void runOnDirectRunner() throws IOException {
    input = SeedRun.prepareInput(dir);
    seeds = writeWhitespaceCopies(input);
    direct = SeedRun.run(input, dir.resolve("direct"), "--quiet");
    JsonNode manifest = direct.manifest();
    // the comparison is worth something only when every kind of record is there
    assertTrue(manifest.get("accounted_for").asBoolean());
    assertEquals(seeds * 2 + 4, manifest.get("files_matched").asLong());
    assertTrue(manifest.get("duplicates").asLong() >= seeds + 2, manifest.toString());
    assertEquals(2, manifest.get("rejected").asLong());
    for (String type : RECORD_TYPES) {
      assertTrue(!direct.records(type).isEmpty(), "the DirectRunner wrote no " + type);
    }
  }

  @Test
  void flinkWritesWhatDirectWrites() throws IOException {
    SeedRun flink =
        SeedRun.run(input, dir.resolve("flink"), "--quiet", "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
    assertSameRecords(direct.output, flink.output);
  }

  @Test
  void sparkWritesWhatDirectWrites() throws IOException {
    SeedRun spark = SeedRun.run(input, dir.resolve("spark"), "--quiet", "--runner=SparkRunner", "--sparkMaster=local[2]");
    assertSameRecords(direct.output, spark.output);
  }

  /** Every seed once more, with tabs, doubled spaces, trailing blanks and Windows line ends. */
  static int writeWhitespaceCopies(Path input) throws IOException {
    int count = 0;
    try (Stream<Path> seeds = Files.list(SeedRun.SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        String respaced = "\n\n" + text.replace(" ", "  ").replace("\n", " \t\r\n") + "\n\n\n";
        Files.writeString(input.resolve("respaced_" + seed.getFileName()), respaced, StandardCharsets.UTF_8);
        count++;
      }
    }
    return count;
  }

  /** Same JSON Lines files with the same bytes under every record type's directory. */
  static void assertSameRecords(Path expected, Path actual) throws IOException {
    for (String type : RECORD_TYPES) {
      Map<String, String> want = jsonLines(expected.resolve(type));
      Map<String, String> got = jsonLines(actual.resolve(type));
      assertEquals(want.keySet(), got.keySet(), type + ": files");
      for (Map.Entry<String, String> file : want.entrySet()) {
        List<String> wantLines = file.getValue().lines().toList();
        List<String> gotLines = got.get(file.getKey()).lines().toList();
        assertEquals(wantLines.size(), gotLines.size(), type + "/" + file.getKey() + ": record count");
        for (int i = 0; i < wantLines.size(); i++) {
          assertEquals(wantLines.get(i), gotLines.get(i), type + "/" + file.getKey() + ": record " + i);
        }
      }
    }
  }

  private static Map<String, String> jsonLines(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
