package org.newsclean.transforms.quotes;

import java.util.Objects;

/**
 * One direct quote found in a document's cleaned text.
 *
 * @param text the quote content without the quotation marks, {@code documentText.substring(start, end)}
 * @param start offset of the first char of the content in the document text (inclusive, UTF-16 units)
 * @param end offset after the last char of the content (exclusive)
 * @param speaker canonical name of the named person who said it, or {@code null} when no named person
 * @param speakerEntityId entity id of the speaker, or {@code null} (unknown, or name found by the fallback heuristic)
 */
public record QuoteMatch(String text, int start, int end, String speaker, String speakerEntityId) {
  public QuoteMatch {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
