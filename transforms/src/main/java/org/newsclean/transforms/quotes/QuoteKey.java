package org.newsclean.transforms.quotes;

import java.text.Normalizer;
import java.util.Locale;
import org.newsclean.transforms.text.ContentHash;

/**
 * The identity of a quote across documents: its language and its words after normalisation (NFKC,
 * lower case, every run of characters other than letters, marks and digits folded to one space), so
 * that the same statement quoted with other quotation marks, spacing or punctuation gets the same id.
 */
public final class QuoteKey {
  private QuoteKey() {}

  /** The normalised words of a quote. */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.appendCodePoint(cp);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** 24 hex chars of SHA-256 over the language code and the normalised words. */
  public static String id(String language, String text) {
    return ContentHash.id(24, language == null ? "und" : language, normalise(text));
  }
}
