package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.QuoteOccurrence;
import org.newsclean.transforms.records.QuoteRecord;
import org.newsclean.transforms.records.QuoteRef;

/**
 * Builds the rows of {@code quotes/}: one per statement ({@code quote_id}: language and normalised
 * words, {@link QuoteKey}), listing every document that quotes it. Beam-free; deterministic whatever
 * the order of the occurrences.
 */
public final class QuoteGroups {
  private static final Comparator<QuoteRecord> BY_OCCURRENCE =
      Comparator.comparing((QuoteRecord r) -> r.getOccurrences().get(0).getDocId())
          .thenComparingInt(r -> r.getOccurrences().get(0).getStart());

  private QuoteGroups() {}

  /** One single-occurrence row per quote of a document, to be merged with {@link #merge}. */
  public static List<QuoteRecord> occurrencesOf(Article document) {
    String language = document.getLanguage() == null ? "und" : document.getLanguage();
    List<QuoteRecord> rows = new ArrayList<>(document.getQuotes().size());
    for (QuoteRef q : document.getQuotes()) {
      QuoteOccurrence at = QuoteOccurrence.create(document.getDocId(), q.getStart(), q.getEnd(), q.getKind(),
          q.getSpeaker(), q.getSpeakerEntityId(), q.getSpeakerText(), q.getStatementStart(), q.getStatementEnd());
      rows.add(QuoteRecord.create(q.getQuoteId(), language, q.getText(), q.getKind(), q.getSpeaker(),
          q.getSpeakerEntityId(), q.getSpeakerText(), List.of(document.getDocId()), List.of(at)));
    }
    return rows;
  }

  /**
   * The rows of one {@code quote_id} merged: occurrences sorted by document and offset; text, kind
   * and speaker taken from the first occurrence with a named speaker (else the first one).
   */
  public static QuoteRecord merge(Iterable<QuoteRecord> rows) {
    List<QuoteRecord> all = new ArrayList<>();
    rows.forEach(all::add);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no rows to merge");
    }
    all.sort(BY_OCCURRENCE);
    QuoteRecord first = all.get(0);
    QuoteRecord representative = first;
    for (QuoteRecord r : all) {
      if (r.getSpeaker() != null) {
        representative = r;
        break;
      }
    }
    TreeSet<String> docIds = new TreeSet<>();
    List<QuoteOccurrence> occurrences = new ArrayList<>();
    for (QuoteRecord r : all) {
      docIds.addAll(r.getDocIds());
      occurrences.addAll(r.getOccurrences());
    }
    occurrences.sort(Comparator.comparing(QuoteOccurrence::getDocId).thenComparingInt(QuoteOccurrence::getStart));
    return QuoteRecord.create(first.getQuoteId(), first.getLanguage(), representative.getText(), representative.getKind(),
        representative.getSpeaker(), representative.getSpeakerEntityId(), representative.getSpeakerText(),
        List.copyOf(docIds), occurrences);
  }
}
