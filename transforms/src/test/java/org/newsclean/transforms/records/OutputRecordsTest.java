package org.newsclean.transforms.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutputRecordsTest {

  @Test
  void mentionKeyIsTheFormattedKey() {
    int[] values = {0, 1, 9, 10, 12345, 999_999_999, 1_000_000_000, Integer.MAX_VALUE, -1, -12345, -999_999_999, Integer.MIN_VALUE};
    for (int start : values) {
      for (int end : values) {
        MentionRecord m = MentionRecord.create("doc-ä1", "e-x", "PERSON", "X", start, end);
        assertEquals(String.format("%s:%010d:%010d:%s", "doc-ä1", start, end, "e-x"), OutputRecords.mentionKey(m));
      }
    }
  }
}
