package org.newsclean.transforms.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.testing.BeamTest;

class DetectLanguageTest {
  @Test
  void setsLanguageAndConfidenceAndUndForTextWithoutLanguage() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(
                Create.of(
                    Article.read("fr", null, null, "Le gouvernement a annoncé mardi une réforme importante des retraites, contestée par les syndicats."),
                    Article.read("id", null, null, "Pemerintah mengumumkan bahwa harga bahan bakar akan naik karena anggaran negara semakin tertekan."),
                    Article.read("ko", null, null, "정부는 화요일 연금 제도에 대한 중요한 개혁을 발표했으며 노동조합은 이에 반대했다."),
                    Article.read("digits", null, null, "2024 — 16 / 12 = 1,33 %")))
            .apply(DetectLanguage.withThreshold(0.5, 1000));
    PAssert.that(out)
        .satisfies(
            articles -> {
              Map<String, Article> bySource = new HashMap<>();
              articles.forEach(a -> bySource.put(a.getSource(), a));
              assertEquals("fr", bySource.get("fr").getLanguage());
              assertEquals("id", bySource.get("id").getLanguage());
              assertEquals("ko", bySource.get("ko").getLanguage());
              assertEquals("und", bySource.get("digits").getLanguage());
              assertTrue(bySource.get("fr").getLanguageConfidence() >= 0.5);
              return null;
            });
    BeamTest.runToEnd(p);
  }
}
