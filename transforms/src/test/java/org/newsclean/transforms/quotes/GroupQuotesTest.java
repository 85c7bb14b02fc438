package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.QuoteRef;
import org.newsclean.transforms.testing.BeamTest;

class GroupQuotesTest {
  private static Article doc(String docId, String language, String text, String speaker) {
    int s = text.indexOf('“') + 1;
    int e = text.indexOf('”');
    String quote = text.substring(s, e);
    QuoteRef ref = QuoteRef.create(quote, speaker, speaker == null ? null : "per-x", s, e, "direct", speaker,
        QuoteKey.id(language, quote), s, e);
    return Article.builder().setSource("/in/" + docId).setDocId(docId).setLanguage(language).setText(text)
        .withQuotes(List.of(ref)).build();
  }

  @Test
  void theSameWordsInTwoDocumentsAreOneQuoteListingBoth() {
    Pipeline p = BeamTest.newPipeline();
    PCollection<QuoteRecord> out = p.apply(Create.of(
            doc("b", "en", "“We will win, no doubt!” he said.", null),
            doc("a", "en", "Jane said: “We will  win — no doubt.”", "Jane Doe"),
            doc("c", "fr", "Elle a dit : “We will win, no doubt!”", null),
            doc("d", "en", "“Something else entirely.”", null)))
        .apply(GroupQuotes.acrossDocuments());
    PAssert.that(out).satisfies(rows -> {
      Map<String, QuoteRecord> byFirstDoc = new TreeMap<>();
      List<QuoteRecord> all = new ArrayList<>();
      rows.forEach(r -> {
        all.add(r);
        byFirstDoc.put(r.getDocIds().get(0) + r.getLanguage(), r);
      });
      assertEquals(3, all.size(), all.toString());
      QuoteRecord shared = byFirstDoc.get("aen");
      assertEquals(List.of("a", "b"), shared.getDocIds());
      assertEquals(2, shared.getOccurrences().size());
      assertEquals("Jane Doe", shared.getSpeaker(), "the attributed occurrence gives the speaker");
      assertEquals(QuoteKey.id("en", "We will win, no doubt!"), shared.getQuoteId());
      assertEquals(List.of("c"), byFirstDoc.get("cfr").getDocIds(), "another language is another quote");
      return null;
    });
    BeamTest.runToEnd(p);
  }

  @Test
  void mergeIsIndependentOfOrder() {
    List<QuoteRecord> rows = new ArrayList<>();
    rows.addAll(QuoteGroups.occurrencesOf(doc("z", "id", "“Kami menang.”", null)));
    rows.addAll(QuoteGroups.occurrencesOf(doc("m", "id", "Dia berkata: “Kami menang!”", "Jane Doe")));
    List<QuoteRecord> reversed = new ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    assertEquals(QuoteGroups.merge(rows), QuoteGroups.merge(reversed));
    assertEquals(List.of("m", "z"), QuoteGroups.merge(rows).getDocIds());
  }

  @Test
  void normalisationFoldsMarksSpacesAndCase() {
    assertEquals(QuoteKey.normalise("We will  WIN — no doubt!"), QuoteKey.normalise("we will win, no doubt."));
    assertEquals("llama3 그게 전부입니다", QuoteKey.normalise("Llama3 그게 전부입니다."));
  }
}
