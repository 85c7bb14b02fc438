package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.records.QuoteRef;
import org.newsclean.transforms.testing.BeamTest;

class ExtractQuotesTest {
  @Test
  void findsQuotesAndLinksNamedSpeakersToTheirEntity() {
    String text =
        "“Nous allons gagner,” a déclaré Jean Dupont, le directeur.\n\nUn cadre a écrit : « C'est tout ce qui compte. »";
    int start = text.indexOf("Jean Dupont");
    Article article =
        Article.builder()
            .setSource("/in/a.txt")
            .setDocId("d1")
            .setLanguage("fr")
            .setText(text)
            .withMentions(List.of(MentionRef.create("per-jean-dupont", "Jean Dupont", "PERSON", "Jean Dupont", start, start + 11)))
            .build();
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out = p.apply(Create.of(article)).apply(ExtractQuotes.withDefaultRules());
    PAssert.that(out)
        .satisfies(
            docs -> {
              List<QuoteRef> quotes = docs.iterator().next().getQuotes();
              assertEquals(2, quotes.size(), quotes.toString());
              QuoteRef first = quotes.get(0);
              assertEquals("Jean Dupont", first.getSpeaker());
              assertEquals("per-jean-dupont", first.getSpeakerEntityId());
              assertEquals(first.getText(), text.substring(first.getStart(), first.getEnd()));
              assertNull(quotes.get(1).getSpeaker(), "an unnamed executive is nobody");
              return null;
            });
    BeamTest.runToEnd(p);
  }
}
