package org.newsclean.transforms.entities;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into tokens: runs of letters of one script class, runs of digits, single CJK
 * characters and single punctuation characters. Whitespace separates tokens and is recorded as a
 * flag on the next token. Not thread-safe; one instance per call.
 */
final class Tokens {
  static final byte LETTER = 1; // letters of alphabetic scripts other than Hangul (Latin, Cyrillic...)
  static final byte HANGUL = 2;
  static final byte CJK = 3; // one Han / kana character a token
  static final byte DIGIT = 4;
  static final byte PUNCT = 5;

  final String text;
  int n;
  int[] start;
  int[] end;
  byte[] kind;
  /** whitespace between the previous token and this one. */
  boolean[] space;
  /** a line break between the previous token and this one (or first token). */
  boolean[] newline;

  private String[] lower;

  /** Each token's text, made on first use: the rules ask for most tokens' text several times. */
  private String[] texts;

  Tokens(String text) {
    this.text = text;
    int cap = Math.max(16, text.length() / 3);
    start = new int[cap];
    end = new int[cap];
    kind = new byte[cap];
    space = new boolean[cap];
    newline = new boolean[cap];
    tokenize();
    lower = new String[n];
    texts = new String[n];
  }

  /** {@link #computeClass} of every BMP char, and the chars that separate tokens ({@link #isBreak}), as tables. */
  private static final byte[] BMP_CLASS = new byte[0x10000];

  private static final long[] BMP_BREAK = new long[0x10000 / 64];

  static {
    for (int cp = 0; cp < 0x10000; cp++) {
      BMP_CLASS[cp] = computeClass(cp);
      if (computeBreak(cp)) {
        BMP_BREAK[cp >>> 6] |= 1L << cp;
      }
    }
  }

  static byte classOf(int cp) {
    return cp < 0x10000 ? BMP_CLASS[cp] : computeClass(cp);
  }

  /** Whitespace between tokens: Java's whitespace and space chars, the BOM and the zero-width space. */
  static boolean isBreak(int cp) {
    return cp < 0x10000 ? (BMP_BREAK[cp >>> 6] & 1L << cp) != 0 : computeBreak(cp);
  }

  static boolean computeBreak(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF || cp == 0x200B;
  }

  static byte computeClass(int cp) {
    if (Character.isDigit(cp)) {
      return DIGIT;
    }
    if (Character.isLetter(cp)) {
      if (cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0x1100 && cp <= 0x11FF || cp >= 0x3130 && cp <= 0x318F) {
        return HANGUL;
      }
      if (cp < 0x2E80) {
        return LETTER; // no Han, hiragana or katakana below the CJK radicals (TokensTest checks every code point)
      }
      Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
      if (sc == Character.UnicodeScript.HAN
          || sc == Character.UnicodeScript.HIRAGANA
          || sc == Character.UnicodeScript.KATAKANA) {
        return CJK;
      }
      return LETTER;
    }
    int t = Character.getType(cp);
    if (t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK) {
      return 0; // continues the previous token
    }
    return PUNCT;
  }

  private void tokenize() {
    String s = text;
    int len = s.length();
    int i = 0;
    boolean sp = false;
    boolean nl = true;
    while (i < len) {
      int cp = s.codePointAt(i);
      int cl = Character.charCount(cp);
      if (isBreak(cp)) {
        sp = true;
        if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
          nl = true;
        }
        i += cl;
        continue;
      }
      byte c = classOf(cp);
      if (c == 0) {
        c = PUNCT;
      }
      int j = i + cl;
      if (c == LETTER || c == HANGUL || c == DIGIT) {
        while (j < len) {
          int cp2 = s.codePointAt(j);
          byte c2 = classOf(cp2);
          if (c2 == c || c2 == 0) {
            j += Character.charCount(cp2);
          } else {
            break;
          }
        }
      }
      add(i, j, c, sp, nl);
      sp = false;
      nl = false;
      i = j;
    }
  }

  private void add(int s, int e, byte k, boolean sp, boolean nl) {
    if (n == start.length) {
      int cap = n * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      space = Arrays.copyOf(space, cap);
      newline = Arrays.copyOf(newline, cap);
    }
    start[n] = s;
    end[n] = e;
    kind[n] = k;
    space[n] = sp;
    newline[n] = nl;
    n++;
  }

  String text(int i) {
    String t = texts[i];
    if (t == null) {
      t = text.substring(start[i], end[i]);
      texts[i] = t;
    }
    return t;
  }

  String lower(int i) {
    String l = lower[i];
    if (l == null) {
      l = text(i).toLowerCase(Locale.ROOT);
      lower[i] = l;
    }
    return l;
  }

  char firstChar(int i) {
    return text.charAt(start[i]);
  }

  boolean isWordish(int i) {
    byte k = kind[i];
    return k == LETTER || k == HANGUL || k == DIGIT || k == CJK;
  }

  /** Token i is attached to token i-1 (no whitespace). */
  boolean attachedToPrev(int i) {
    return i > 0 && !space[i];
  }

  boolean isPunct(int i, char c) {
    return kind[i] == PUNCT && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
  }

  boolean isUpperInitial(int i) {
    return kind[i] == LETTER && Character.isUpperCase(text.codePointAt(start[i]))
        || kind[i] == LETTER && Character.isTitleCase(text.codePointAt(start[i]));
  }

  boolean isAllLower(int i) {
    for (int k = start[i]; k < end[i]; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
