package org.newsclean.transforms.text;

import java.text.Normalizer;

/** Unicode normalisation used for content keys: NFKC, then every run of whitespace folded to one space. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** NFKC, whitespace (including NBSP, zero-width spaces and line breaks) folded to single spaces, trimmed. */
  public static String normalizeForKey(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    boolean inSpace = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      if (isFoldedSpace(c)) {
        if (!inSpace) {
          out.append(' ');
          inSpace = true;
        }
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().strip();
  }

  /**
   * The characters folded: the regex class {@code [\s\p{Z}\u200B\u2060\uFEFF]}, i.e. ASCII whitespace, Unicode
   * space, line and paragraph separators, and the zero-width space, word joiner and byte-order mark.
   */
  static boolean isFoldedSpace(char c) {
    switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u200B', '\u2060', '\uFEFF':
        return true;
      default:
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
  }
}
