package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared by the evaluation commands: their file arguments, their records and their ratios. */
final class EvalSupport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalSupport() {}

  /** The records of a JSON Lines file, blank lines skipped. */
  static List<JsonNode> records(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  /** Every {@code .jsonl} file named or inside a named directory, sorted; exits with usage when there is none. */
  static List<Path> fromArgs(String command, String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: " + command + " <file.jsonl | directory>...");
      System.exit(2);
    }
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> list = Files.list(path)) {
          list.filter(p -> p.toString().endsWith(".jsonl")).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** a / b, 0 when b is 0. */
  static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Harmonic mean of precision and recall, 0 when both are 0. */
  static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
