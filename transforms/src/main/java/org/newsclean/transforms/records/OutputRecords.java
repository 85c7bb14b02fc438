package org.newsclean.transforms.records;

import java.util.ArrayList;
import java.util.List;

/** Derives the per-mention output rows from a finished document (quote rows: {@code quotes.GroupQuotes}). */
public final class OutputRecords {
  private OutputRecords() {}

  /** One row per entity mention. */
  public static List<MentionRecord> mentionsOf(Article document) {
    List<MentionRecord> rows = new ArrayList<>(document.getMentions().size());
    for (MentionRef m : document.getMentions()) {
      rows.add(MentionRecord.create(document.getDocId(), m.getEntityId(), m.getType(), m.getSurface(), m.getStart(), m.getEnd()));
    }
    return rows;
  }

  /**
   * A sort key that is unique per mention row: document, then position: {@code doc:start:end:entity} with the
   * offsets zero-padded to ten digits, as {@code String.format("%s:%010d:%010d:%s", ...)} writes it (the writer
   * computes it twice per mention, so it is built without {@code Formatter}).
   */
  public static String mentionKey(MentionRecord m) {
    String doc = m.getDocId();
    String entity = m.getEntityId();
    StringBuilder key = new StringBuilder(doc.length() + entity.length() + 24);
    key.append(doc).append(':');
    padded(key, m.getStart());
    key.append(':');
    padded(key, m.getEnd());
    return key.append(':').append(entity).toString();
  }

  /** Appends a number as {@code %010d} does: at least ten digits, a minus sign counted among them. */
  public static void padded(StringBuilder out, int value) {
    String digits = Integer.toString(value);
    if (value < 0) { // %010d pads after the sign
      out.append('-');
      digits = digits.substring(1);
      for (int i = digits.length() + 1; i < 10; i++) {
        out.append('0');
      }
    } else {
      for (int i = digits.length(); i < 10; i++) {
        out.append('0');
      }
    }
    out.append(digits);
  }
}
