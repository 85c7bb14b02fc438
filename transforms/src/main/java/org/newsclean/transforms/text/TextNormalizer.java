package org.newsclean.transforms.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode normalisation used for content keys: NFKC, then every run of whitespace folded to one space. */
public final class TextNormalizer {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]+");

  private TextNormalizer() {}

  /** NFKC, whitespace (including NBSP, zero-width spaces and line breaks) folded to single spaces, trimmed. */
  public static String normalizeForKey(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return WHITESPACE.matcher(nfkc).replaceAll(" ").strip();
  }
}
