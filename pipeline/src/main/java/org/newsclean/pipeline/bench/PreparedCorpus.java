package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsclean.transforms.boilerplate.BoilerplateStripper;
import org.newsclean.transforms.records.Article;

/**
 * A generated corpus read and cleaned outside Beam, as the input of the dedup-stage benchmark: one JSON line
 * {@code {"source", "text"}} per article (UTF-8 text, boilerplate stripped by {@link BoilerplateStripper}),
 * in 16 files. Articles left empty by cleaning are skipped (the pipeline would reject them).
 */
final class PreparedCorpus {
  static final int FILES = 16;
  private static final ObjectMapper JSON = new ObjectMapper();

  private PreparedCorpus() {}

  static int write(Path corpus, Path out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus.resolve("articles"))) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    Files.createDirectories(out);
    BoilerplateStripper stripper = BoilerplateStripper.withDefaults();
    String[] lines = new String[files.size()];
    java.util.stream.IntStream.range(0, files.size())
        .parallel()
        .forEach(
            i -> {
              try {
                String text = stripper.strip(Files.readString(files.get(i), StandardCharsets.UTF_8)).text();
                if (!text.isBlank()) {
                  ObjectNode n = JSON.createObjectNode();
                  n.put("source", files.get(i).toAbsolutePath().toString());
                  n.put("text", text);
                  lines[i] = n.toString();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    int written = 0;
    for (int f = 0; f < FILES; f++) {
      try (BufferedWriter w = Files.newBufferedWriter(out.resolve(String.format("part-%02d.jsonl", f)), StandardCharsets.UTF_8)) {
        for (int i = f; i < lines.length; i += FILES) {
          if (lines[i] != null) {
            w.write(lines[i]);
            w.write('\n');
            written++;
          }
        }
      }
    }
    return written;
  }

  static Article article(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return Article.read(n.get("source").asText(), "text/plain; charset=UTF-8", null, n.get("text").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
