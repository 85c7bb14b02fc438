package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.pipeline.options.NewsPipelineOptions;

/**
 * The whole pipeline on embedded Flink with more than 10,000 documents in one group of the dedup joins
 * ({@code --dedupKeyRanges=1}). Past 10,000 values Beam's {@code CoGbkResult} reads the grouped values
 * again, which Flink's batch GroupByKey refuses unless the run enables re-iteration; a 100,000-document
 * run with the default 16 key ranges failed that way before {@link NewsPipeline#run} enabled it.
 */
class LargeGroupsOnFlinkIT {
  static final int FILES = 10_400;
  static final String[] WORDS = {
    "river", "market", "council", "harbour", "station", "winter", "bridge", "garden", "school", "engine",
    "festival", "library", "village", "factory", "museum", "airport", "island", "forest", "theatre", "stadium",
    "budget", "election", "report", "journey", "signal", "weather", "harvest", "energy", "planet", "history"
  };

  @TempDir Path dir;

  @Test
  void moreThanTenThousandDocumentsInOneDedupGroup() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    Random random = new Random(42);
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder();
      for (int sentence = 0; sentence < 4; sentence++) {
        text.append("The ");
        for (int w = 0; w < 9; w++) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        text.append("number ").append(i).append(" was seen on day ").append(sentence).append(".\n");
      }
      Files.writeString(input.resolve(String.format(Locale.ROOT, "a-%05d.txt", i)), text, StandardCharsets.UTF_8);
    }
    Path output = dir.resolve("out");
    NewsPipelineOptions options =
        PipelineOptionsFactory.fromArgs(
                "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--dedupKeyRanges=1",
                "--shards=8", "--quiet", "--input=" + input, "--output=" + output)
            .as(NewsPipelineOptions.class);

    PipelineResult result = NewsPipeline.run(options);

    assertEquals(PipelineResult.State.DONE, result.getState());
    JsonNode manifest = new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    assertEquals(FILES, manifest.get("files_matched").asInt());
    assertTrue(manifest.get("accounted_for").asBoolean(), manifest.toString());
    assertEquals(
        FILES,
        manifest.get("documents").asInt() + manifest.get("duplicates").asInt() + manifest.get("rejected").asInt());
    assertTrue(manifest.get("documents").asInt() > 10_000, manifest.toString());
  }
}
