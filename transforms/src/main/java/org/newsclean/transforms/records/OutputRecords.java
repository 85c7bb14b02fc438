package org.newsclean.transforms.records;

import java.util.ArrayList;
import java.util.List;
import org.newsclean.transforms.text.ContentHash;

/** Derives the per-quote and per-mention output rows from a finished document. */
public final class OutputRecords {
  private OutputRecords() {}

  /** One row per quote; {@code quote_id} is derived from the document id and the quote's span. */
  public static List<QuoteRecord> quotesOf(Article document) {
    List<QuoteRecord> rows = new ArrayList<>(document.getQuotes().size());
    String language = document.getLanguage() == null ? "und" : document.getLanguage();
    for (QuoteRef q : document.getQuotes()) {
      String quoteId = q.getQuoteId();
      rows.add(
          QuoteRecord.create(quoteId, document.getDocId(), language, q.getText(), q.getSpeaker(), q.getSpeakerEntityId(), q.getStart(), q.getEnd()));
    }
    return rows;
  }

  /** One row per entity mention. */
  public static List<MentionRecord> mentionsOf(Article document) {
    List<MentionRecord> rows = new ArrayList<>(document.getMentions().size());
    for (MentionRef m : document.getMentions()) {
      rows.add(MentionRecord.create(document.getDocId(), m.getEntityId(), m.getType(), m.getSurface(), m.getStart(), m.getEnd()));
    }
    return rows;
  }

  /** A sort key that is unique per mention row: document, then position. */
  public static String mentionKey(MentionRecord m) {
    return String.format("%s:%010d:%010d:%s", m.getDocId(), m.getStart(), m.getEnd(), m.getEntityId());
  }
}
