package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of one paragraph in a single left-to-right pass with a small stack
 * of open marks. Stateless.
 *
 * <p>Handled: “…” "…" «…» „…“ „…” ‚…‘ ‘…’ 「…」 『…』 »…« ‹…› ›…‹, mixed pairs ("…” and “…"), a quote
 * still open at the end of the paragraph (runs to the paragraph end), a same-style opener after a
 * sentence end inside an open quote (the previous quote was left unclosed: it ends there and a new
 * one starts), apostrophes inside words (l'IA, don’t), nested quotes (only the outer one is reported).
 */
final class QuoteScanner {
  private static final int MAX_DEPTH = 16;

  /**
   * One quote of a paragraph.
   *
   * @param open offset of the opening mark
   * @param after offset just after the quotation (after the closing mark; for an unclosed quote the
   *     paragraph end or the offset of the opener that ended it)
   * @param start content start (trimmed)
   * @param end content end (trimmed, exclusive)
   * @param closed whether a closing mark was found
   */
  record RawQuote(int open, int after, int start, int end, boolean closed) {}

  private QuoteScanner() {}

  static boolean isQuoteMark(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u2019', '\u201A',
          '\u300C', '\u300D', '\u300E', '\u300F', '\u2039', '\u203A' -> true;
      default -> false;
    };
  }

  static boolean isOpener(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201E', '\u00AB', '\u00BB', '\u2018', '\u201A', '\u300C', '\u300E',
          '\u2039', '\u203A' -> true;
      default -> false;
    };
  }

  /** Whether {@code c} may close a quote opened by {@code open}. */
  static boolean closes(char open, char c) {
    return switch (open) {
      case '"', '\u201C' -> c == '"' || c == '\u201D' || c == '\u201C';
      case '\u201E' -> c == '\u201C' || c == '\u201D' || c == '"';
      case '\u00AB' -> c == '\u00BB';
      case '\u00BB' -> c == '\u00AB' || c == '\u00BB';
      case '\u2018' -> c == '\u2019';
      case '\u201A' -> c == '\u2018' || c == '\u2019';
      case '\u300C' -> c == '\u300D';
      case '\u300E' -> c == '\u300F';
      case '\u2039' -> c == '\u203A';
      case '\u203A' -> c == '\u2039' || c == '\u203A';
      default -> false;
    };
  }

  private static boolean isGuillemet(char c) {
    return c == '\u00AB' || c == '\u00BB' || c == '\u2039' || c == '\u203A';
  }

  /** Openers that need no space or punctuation before them. */
  private static boolean opensFreely(char c) {
    return c == '\u201E' || c == '\u00AB' || c == '\u2039' || c == '\u300C' || c == '\u300E';
  }

  /** Closers that may be followed by anything. */
  private static boolean closesFreely(char c) {
    return c == '\u201D' || c == '\u300D' || c == '\u300F' || c == '\u00BB' || c == '\u203A';
  }

  /** Chars that may be written glued to words on both sides and still be quote marks. */
  private static boolean mayBeGlued(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** A letter of a script without case (Hangul, CJK, Thai, Arabic...). */
  static boolean isCaseless(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
        && !Character.isTitleCase(c);
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01'
        || c == '\uFF1F';
  }

  private static boolean isOpenContext(char c) {
    return switch (c) {
      case '(', '[', '{', '<', '\u2014', '\u2013', '-', '/', ':', ';', ',' -> true;
      default -> isQuoteMark(c);
    };
  }

  private static boolean isClosingPunct(char c) {
    return switch (c) {
      case ',', '.', ';', ':', '!', '?', ')', ']', '}' -> true;
      default -> false;
    };
  }

  /** Quotes of the paragraph {@code [ps, pe)} of {@code t}, in order. */
  static List<RawQuote> scan(String t, int ps, int pe) {
    List<RawQuote> out = new ArrayList<>();
    char[] stackCh = new char[MAX_DEPTH];
    int[] stackPos = new int[MAX_DEPTH];
    int depth = 0;
    for (int i = ps; i < pe; i++) {
      char c = t.charAt(i);
      if (!isQuoteMark(c)) {
        continue;
      }
      char prev = i > ps ? t.charAt(i - 1) : ' ';
      char next = i + 1 < pe ? t.charAt(i + 1) : ' ';
      if ((c == '\u2019' || c == '\u2018') && Character.isLetter(prev) && Character.isLetter(next)) {
        continue; // apostrophe inside a word
      }
      boolean guil = isGuillemet(c);
      char prevIn = prev;
      char nextIn = next;
      if (guil) { // French style: one (no-break) space inside the marks
        if (isSpace(prevIn) && i - 2 >= ps) {
          prevIn = t.charAt(i - 2);
        }
        if (isSpace(nextIn) && i + 2 < pe) {
          nextIn = t.charAt(i + 2);
        }
      }
      if (c == '\u201D' && depth == 0 && i == firstNonSpace(t, ps, pe) && !isSpace(next) && !isClosingPunct(next)) {
        c = '\u201C'; // a closing mark written to open the paragraph's quote (”Text …”)
      }
      boolean glued = mayBeGlued(c) && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
      boolean canOpen = glued || (isOpener(c) && canOpen(c, prev, next, nextIn));
      boolean canClose = glued || canClose(c, prev, prevIn, next);

      if (depth > 0 && canClose) {
        int k = -1;
        for (int d = depth - 1; d >= 0; d--) {
          if (closes(stackCh[d], c)) {
            k = d;
            break;
          }
        }
        if (k >= 0 && (k == depth - 1 || !canOpen)) {
          if (k == 0) {
            emit(out, t, stackPos[0], i, i + 1, true);
          }
          depth = k;
          continue;
        }
      }
      if (canOpen && isOpener(c)) {
        if (depth == 1 && sameFamily(stackCh[0], c) && afterSentenceEnd(t, stackPos[0] + 1, i)) {
          emit(out, t, stackPos[0], i, i, false); // the previous quote was left unclosed
          depth = 0;
        }
        if (depth < MAX_DEPTH) {
          stackCh[depth] = c;
          stackPos[depth] = i;
          depth++;
        }
        continue;
      }
      // lenient: a pure closer with odd spacing, e.g. “ text ”
      if (depth > 0 && !isOpener(c) && c != '\u2019' && closes(stackCh[depth - 1], c)) {
        if (depth == 1) {
          emit(out, t, stackPos[0], i, i + 1, true);
        }
        depth--;
      }
    }
    if (depth > 0) {
      emit(out, t, stackPos[0], pe, pe, false);
    }
    return out;
  }

  private static int firstNonSpace(String t, int ps, int pe) {
    int i = ps;
    while (i < pe && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean canOpen(char c, char prev, char next, char nextIn) {
    if (c == '\u00BB' || c == '\u203A') { // German/Danish »…«: tight
      return !isSpace(next) && !isClosingPunct(next) && (isSpace(prev) || isOpenContext(prev));
    }
    char n = isGuillemet(c) ? nextIn : next;
    if (isSpace(n) || isClosingPunct(n)) {
      return false;
    }
    return opensFreely(c) || isSpace(prev) || isOpenContext(prev);
  }

  private static boolean canClose(char c, char prev, char prevIn, char next) {
    char p = (c == '\u00BB' || c == '\u203A') ? prevIn : prev;
    if (isSpace(p)) {
      return false;
    }
    if (closesFreely(c)) {
      return true;
    }
    return !Character.isLetterOrDigit(next) || isCaseless(next);
  }

  /** Whether two opening marks are the same one (straight and curly double quotes count as one). */
  static boolean sameOpener(char a, char b) {
    return sameFamily(a, b);
  }

  private static boolean sameFamily(char a, char b) {
    return a == b || (a == '"' && b == '\u201C') || (a == '\u201C' && b == '"');
  }

  /** Whether the text before {@code i} (not before {@code from}) ends a sentence and then a space. */
  private static boolean afterSentenceEnd(String t, int from, int i) {
    if (i - 1 < from || !isSpace(t.charAt(i - 1))) {
      return false;
    }
    int j = i - 1;
    while (j >= from && isSpace(t.charAt(j))) {
      j--;
    }
    return j >= from && isTerminal(t.charAt(j));
  }

  private static void emit(List<RawQuote> out, String t, int open, int contentEnd, int after, boolean closed) {
    int s = open + 1;
    int e = contentEnd;
    while (s < e && isSpace(t.charAt(s))) {
      s++;
    }
    while (e > s && isSpace(t.charAt(e - 1))) {
      e--;
    }
    for (int k = s; k < e; k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        out.add(new RawQuote(open, after, s, e, closed));
        return;
      }
    }
  }
}
