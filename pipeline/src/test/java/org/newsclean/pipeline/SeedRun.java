package org.newsclean.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsclean.pipeline.options.NewsPipelineOptions;

/**
 * One run of the whole pipeline over the project's seeds plus crafted extra inputs (copies of seeds
 * with other whitespace or boilerplate, and bad files), shared by the end-to-end tests.
 */
final class SeedRun {
  static final Path SEEDS = Path.of("..", "seeds");
  static final ObjectMapper JSON = new ObjectMapper();

  final Path input;
  final Path output;

  private SeedRun(Path input, Path output) {
    this.input = input;
    this.output = output;
  }

  /** Seeds, two exact copies with other boilerplate/whitespace, an empty file and a binary file. */
  static Path prepareInput(Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("input"));
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.sorted().toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    String s003 = Files.readString(seed("003_"), StandardCharsets.UTF_8);
    // the same article without its masthead, footer and captcha, with Windows line ends and extra blank lines
    String stripped = s003.replace("Bolt42", "").replace("16 − 12 =", "").replace("\n", "\r\n\r\n");
    Files.writeString(input.resolve("copy_of_003_without_masthead.txt"), stripped, StandardCharsets.UTF_8);
    String s000 = Files.readString(seed("000_"), StandardCharsets.UTF_8);
    // the same article with a masthead and a footer added, and other spacing
    Files.writeString(
        input.resolve("copy_of_000_with_masthead.txt"),
        "Bolt42\n\n  " + s000.replace(". ", ".  ") + "\n\n    Bolt42\n",
        StandardCharsets.UTF_8);
    Files.write(input.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[2048];
    new java.util.Random(7).nextBytes(binary);
    Files.write(input.resolve("image.bin"), binary);
    return input;
  }

  static Path seed(String prefix) throws IOException {
    try (Stream<Path> seeds = Files.list(SEEDS)) {
      return seeds.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  static SeedRun run(Path input, Path output, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + output, "--shards=2"));
    args.addAll(List.of(extraArgs));
    NewsPipelineOptions options =
        PipelineOptionsFactory.fromArgs(args.toArray(String[]::new)).withValidation().as(NewsPipelineOptions.class);
    NewsPipeline.run(options);
    return new SeedRun(input, output);
  }

  JsonNode manifest() {
    try {
      return JSON.readTree(output.resolve("manifest.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every JSON Lines record of one output directory. */
  List<JsonNode> records(String directory) {
    List<JsonNode> out = new ArrayList<>();
    Path dir = output.resolve(directory);
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(JSON.readTree(line));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The document record read from the given seed file (by its source name prefix). */
  JsonNode document(String sourcePrefix) {
    return records("documents").stream()
        .filter(d -> Path.of(d.get("source").asText()).getFileName().toString().startsWith(sourcePrefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no document from " + sourcePrefix));
  }
}
