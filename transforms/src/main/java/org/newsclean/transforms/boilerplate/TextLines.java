package org.newsclean.transforms.boilerplate;

import java.util.ArrayList;
import java.util.List;

/** Line splitting, whitespace folding and word counting shared by the boilerplate rules. */
final class TextLines {
  private TextLines() {}

  /** Whitespace of any kind inside a line: ASCII, tabs, NBSP and other Unicode spaces, BOM, ZWSP. */
  /** {@link #isSpaceByDefinition} of every char, one bit each (8 KB): asked for every char of every line. */
  private static final long[] SPACE = new long[1 << 10];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (isSpaceByDefinition((char) c)) {
        SPACE[c >>> 6] |= 1L << c;
      }
    }
  }

  static boolean isSpace(char c) {
    return (SPACE[c >>> 6] & (1L << c)) != 0;
  }

  /** Spaces, tabs, Unicode whitespace and space separators, and the invisible zero-width separators. */
  static boolean isSpaceByDefinition(char c) {
    return c == ' '
        || c == '\t'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u180E'
        || c == '\u2060';
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B'
        || c == '\u000C';
  }

  /** The non-empty lines of the text, each trimmed with inner whitespace folded to one space. */
  static List<String> foldedLines(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder(256);
    boolean pendingSpace = false;
    for (int i = 0, n = text.length(); i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (isLineBreak(c)) {
        if (sb.length() > 0) {
          out.add(sb.toString());
          sb.setLength(0);
        }
        pendingSpace = false;
      } else if (isSpace(c)) {
        pendingSpace = sb.length() > 0;
      } else {
        if (pendingSpace) {
          sb.append(' ');
          pendingSpace = false;
        }
        sb.append(c);
      }
    }
    return out;
  }

  static boolean isCjkOrHangul(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /** No code point below this one (CJK Radicals Supplement) is Han, Hiragana or Katakana. */
  static final int FIRST_HAN_OR_KANA = 0x2E80;

  static boolean isHanOrKana(int cp) {
    if (cp < FIRST_HAN_OR_KANA) {
      return false; // most text: no script lookup
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /**
   * Approximate word count of a folded line: space-separated tokens with at least one letter or digit; a
   * token written in Han or Kana (no spaces between words) counts one word per two such characters.
   */
  static int wordCount(String folded) {
    int words = 0;
    int i = 0;
    int n = folded.length();
    while (i < n) {
      int start = i;
      while (i < n && folded.charAt(i) != ' ') {
        i++;
      }
      int hanKana = 0;
      boolean alnum = false;
      for (int j = start; j < i; ) {
        int cp = folded.codePointAt(j);
        if (Character.isLetterOrDigit(cp)) {
          alnum = true;
          if (isHanOrKana(cp)) {
            hanKana++;
          }
        }
        j += Character.charCount(cp);
      }
      if (hanKana > 0) {
        words += Math.max(1, (hanKana + 1) / 2);
      } else if (alnum) {
        words++;
      }
      i++;
    }
    return words;
  }

  /** True if the line ends with sentence punctuation, ignoring closing quotes and brackets. */
  static boolean endsSentence(String folded) {
    int i = folded.length() - 1;
    while (i >= 0 && "\"'\u201D\u2019\u00BB)]}\u300D\u300F\uFF09".indexOf(folded.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026\u3002\uFF01\uFF1F".indexOf(folded.charAt(i)) >= 0;
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
