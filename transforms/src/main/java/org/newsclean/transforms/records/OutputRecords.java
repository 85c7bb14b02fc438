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

  /** A sort key that is unique per mention row: document, then position. */
  public static String mentionKey(MentionRecord m) {
    return String.format("%s:%010d:%010d:%s", m.getDocId(), m.getStart(), m.getEnd(), m.getEntityId());
  }
}
