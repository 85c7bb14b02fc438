package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.testing.BeamTest;

class ExtractEntitiesTest {
  @TempDir Path dir;

  private static Article doc(String source, String language, String text) {
    return Article.builder().setSource(source).setDocId(source).setLanguage(language).setText(text).build();
  }

  @Test
  void fillsMentionsWithOffsetsAndOneSummaryPerEntity() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(
                Create.of(
                    doc("en", "en", "Mark Zuckerberg said Meta will release Llama 3. Zuckerberg added that Meta is ready."),
                    doc("ko", "ko", "주커버그는 메타가 라마3를 공개할 것이라고 말했다.")))
            .apply(ExtractEntities.withDefaultCatalog());
    PAssert.that(out)
        .satisfies(
            docs -> {
              Map<String, Article> bySource = new HashMap<>();
              docs.forEach(d -> bySource.put(d.getSource(), d));
              Article en = bySource.get("en");
              for (MentionRef m : en.getMentions()) {
                assertEquals(m.getSurface(), en.getText().substring(m.getStart(), m.getEnd()));
              }
              Map<String, EntityRef> enEntities = new HashMap<>();
              en.getEntities().forEach(e -> enEntities.put(e.getName(), e));
              EntityRef zuck = enEntities.get("Mark Zuckerberg");
              assertEquals("PERSON", zuck.getType());
              assertEquals(2, zuck.getCount(), en.getEntities().toString());
              assertEquals(2, enEntities.get("Meta").getCount());
              Map<String, String> koIds = new HashMap<>();
              bySource.get("ko").getEntities().forEach(e -> koIds.put(e.getName(), e.getEntityId()));
              assertEquals(zuck.getEntityId(), koIds.get("Mark Zuckerberg"), "the same person in Hangul");
              assertEquals(enEntities.get("Meta").getEntityId(), koIds.get("Meta"));
              assertEquals(enEntities.get("Llama 3").getEntityId(), koIds.get("Llama 3"));
              return null;
            });
    BeamTest.runToEnd(p);
  }

  @Test
  void aUserCatalogAddsEntitiesWithoutRebuilding() throws Exception {
    Path catalog = dir.resolve("mine.tsv");
    Files.writeString(catalog, "org-acme-widgets\tORGANIZATION\tAcme Widgets\tAcmeW|アクメ\n", StandardCharsets.UTF_8);
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(Create.of(doc("a", "en", "Shares of AcmeW rose after the results.")))
            .apply(ExtractEntities.withUserCatalog(catalog.toString()));
    PAssert.that(out)
        .satisfies(
            docs -> {
              Article a = docs.iterator().next();
              assertTrue(
                  a.getEntities().stream().anyMatch(e -> e.getEntityId().equals("org-acme-widgets") && e.getName().equals("Acme Widgets")),
                  a.getEntities().toString());
              return null;
            });
    BeamTest.runToEnd(p);
  }
}
