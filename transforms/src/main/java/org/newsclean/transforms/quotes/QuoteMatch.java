package org.newsclean.transforms.quotes;

import java.util.Locale;
import java.util.Objects;

/**
 * One quote found in a document's cleaned text.
 *
 * @param text the quote content without the quotation marks, {@code documentText.substring(start, end)}
 *     (a quote over several paragraphs keeps the paragraph breaks and the opening marks repeated at
 *     each paragraph start)
 * @param start offset of the first char of the content in the document text (inclusive, UTF-16 units)
 * @param end offset after the last char of the content (exclusive)
 * @param kind whole statement, fragment of a sentence, or a term in quotation marks
 * @param speaker canonical name of the named person who said it, or {@code null} when no named person
 * @param speakerEntityId entity id of the speaker, or {@code null} (unknown, or name found by the fallback heuristic)
 * @param speakerText the words of the text that name the speaker, as written ("Al-Rashid", "he",
 *     "an executive", "the CEO"), or {@code null} when the text names nobody
 * @param statementStart start of the reported statement: the quote itself, or for a partial quote
 *     the clause of the writer's sentence that reports what the speaker said around it
 * @param statementEnd end of the reported statement (exclusive)
 */
public record QuoteMatch(
    String text, int start, int end, Kind kind, String speaker, String speakerEntityId, String speakerText,
    int statementStart, int statementEnd) {

  /** What a pair of quotation marks holds. */
  public enum Kind {
    /** a whole statement (one or more sentences, or a clause introduced by a colon or a speech verb) */
    DIRECT,
    /** words of a speaker inside the writer's own sentence */
    PARTIAL,
    /** a term, title or scare quote that no speaker is said to have uttered */
    TERM;

    /** The name used in records: {@code direct}, {@code partial}, {@code term}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public QuoteMatch {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (statementStart > start || statementEnd < end) {
      throw new IllegalArgumentException("the statement " + statementStart + ".." + statementEnd + " must hold the quote");
    }
  }
}
