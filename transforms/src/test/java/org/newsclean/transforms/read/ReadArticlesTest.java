package org.newsclean.transforms.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.Rejected;
import org.newsclean.transforms.testing.BeamTest;

class ReadArticlesTest {
  @TempDir Path dir;

  @Test
  void readsGoodFilesAndRejectsBadOnesWithAReason() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Meta merilis Llama 3 pada hari Rabu.\nIni paragraf kedua.", StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 0, 0, (byte) 0xFF, 0, 1});
    Files.writeString(dir.resolve("big.txt"), "x".repeat(5000), StandardCharsets.UTF_8);
    Path nested = Files.createDirectories(dir.resolve("sub"));
    Files.writeString(nested.resolve("page.html"), "<html><head><title>T</title></head><body><p>Halo dunia.</p></body></html>");

    Pipeline p = BeamTest.newPipeline();
    PCollectionTuple out =
        p.apply(ReadArticles.from(dir + "/**").withLimits(new ArticleParser.Limits(4096, 100_000, Duration.ofSeconds(10))));

    PAssert.that(out.get(ReadArticles.ARTICLES))
        .satisfies(
            articles -> {
              List<Article> list = new ArrayList<>();
              articles.forEach(list::add);
              assertEquals(2, list.size(), list.toString());
              Article good = list.stream().filter(a -> a.getSource().endsWith("good.txt")).findFirst().orElseThrow();
              assertTrue(good.getText().contains("Meta merilis Llama 3 pada hari Rabu."));
              assertTrue(good.getContentType().startsWith("text/plain"));
              Article html = list.stream().filter(a -> a.getSource().endsWith("page.html")).findFirst().orElseThrow();
              assertEquals("T", html.getTitle());
              assertTrue(html.getText().contains("Halo dunia."));
              return null;
            });
    PAssert.that(out.get(ReadArticles.REJECTED))
        .satisfies(
            rejected -> {
              List<Rejected> list = new ArrayList<>();
              rejected.forEach(list::add);
              assertEquals(3, list.size(), list.toString());
              for (Rejected r : list) {
                assertEquals(ReadArticles.STAGE, r.getStage());
                assertTrue(!r.getDetail().isBlank());
                String name = Path.of(r.getSource()).getFileName().toString();
                switch (name) {
                  case "empty.txt" -> assertEquals(ArticleParser.EMPTY_FILE, r.getReason());
                  case "big.txt" -> assertEquals(ArticleParser.OVERSIZED, r.getReason());
                  case "blob.bin" -> assertTrue(
                      List.of(ArticleParser.NO_TEXT, ArticleParser.BINARY_CONTENT, ArticleParser.INVALID_ENCODING).contains(r.getReason()),
                      r.toString());
                  default -> throw new AssertionError("unexpected rejection " + r);
                }
              }
              return null;
            });
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(5L, BeamTest.counter(result, ReadArticles.class, "files_matched"));
    assertEquals(2L, BeamTest.counter(result, ReadArticles.class, "files_parsed"));
    assertEquals(3L, BeamTest.counter(result, ReadArticles.class, "files_rejected"));
  }

  @Test
  void noMatchingFileIsNotAnError() {
    Pipeline p = BeamTest.newPipeline();
    PCollectionTuple out = p.apply(ReadArticles.from(dir + "/nothing-*.txt"));
    PAssert.that(out.get(ReadArticles.ARTICLES)).empty();
    PAssert.that(out.get(ReadArticles.REJECTED)).empty();
    BeamTest.runToEnd(p);
  }

}
