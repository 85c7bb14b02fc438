package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs of the pipeline on the same input, each in its own JVM, write byte-identical record files, Parquet
 * included. Within one JVM this held already; across JVMs parquet-java wrote the encodings of each column chunk in
 * a per-JVM order (identity hash codes) until the writer sorted them ({@code CanonicalParquetFooter}).
 *
 * <p>Run by {@code mvn -B verify} (failsafe).
 */
class ByteIdenticalAcrossJvmsIT {
  @TempDir Path dir;

  private Path runInNewJvm(Path input, String name) throws IOException, InterruptedException {
    Path output = dir.resolve(name);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), NewsPipeline.class.getName(),
                "--input=" + input, "--output=" + output, "--quiet")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".log").toFile())
            .start();
    assertFalse(!process.waitFor(5, TimeUnit.MINUTES), "run " + name + " did not end");
    assertEquals(0, process.exitValue(), Files.readString(dir.resolve(name + ".log")));
    return output;
  }

  private static List<Path> recordFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void twoJvmsWriteTheSameBytes() throws Exception {
    Path input = SeedRun.prepareInput(dir);
    Path first = runInNewJvm(input, "first");
    Path second = runInNewJvm(input, "second");
    List<Path> files = recordFiles(first);
    assertEquals(files, recordFiles(second));
    List<Path> parquet = new ArrayList<>();
    for (Path file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file.toString());
      if (file.toString().endsWith(".parquet")) {
        parquet.add(file);
      }
    }
    assertFalse(parquet.isEmpty(), "no Parquet file compared");
  }
}
