package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Morphemes of Korean text for {@link KoreanNames}: Nori (Lucene's Korean analyser) runs on one
 * eojeol (a space-separated word) at a time, so its result depends on the word alone and is kept in
 * a bounded memo (news repeats its words: 것으로, 있다, 대통령은); words that are plainly
 * predicates (말했다, 밝혔고, 있는) cannot hold a name and are not analysed at all. Nori's Viterbi
 * search is most of the cost of Korean entity extraction, so both cut the time without changing
 * which names are found in the words analysed.
 *
 * <p>Thread-safe: one tokenizer per thread (Nori's dictionaries are loaded once per JVM and shared);
 * the memo is a concurrent map of a pure function, so results never depend on what was analysed
 * before.
 */
final class KoreanMorphs {

  static final byte OTHER = 0;
  static final byte NNP = 1;
  static final byte NNG = 2;
  static final byte SL = 3;
  static final byte SN = 4;
  static final byte NNB = 5;
  static final byte XSN = 6;

  /** Morphemes of one text: char offsets and tags, in order. */
  static final class Morphs {
    int n;
    int[] st = new int[64];
    int[] en = new int[64];
    byte[] tag = new byte[64];

    void add(int s, int e, byte t) {
      if (n == st.length) {
        st = Arrays.copyOf(st, n * 2);
        en = Arrays.copyOf(en, n * 2);
        tag = Arrays.copyOf(tag, n * 2);
      }
      st[n] = s;
      en[n] = e;
      tag[n] = t;
      n++;
    }
  }

  /** One Nori tokenizer per thread, with its attributes and a reader that is refilled for each word. */
  private static final class Nori {
    final KoreanTokenizer tok = new KoreanTokenizer(
        AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, null, KoreanTokenizer.DecompoundMode.NONE, false, true);
    final OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
    final PartOfSpeechAttribute pos = tok.addAttribute(PartOfSpeechAttribute.class);
    final WordReader reader = new WordReader();
  }

  /** The chars of one word and the closing full stop, without building a string for them. */
  private static final class WordReader extends java.io.Reader {
    private char[] buf = new char[32];
    private int len;
    private int at;

    void set(String w, String suffix) {
      len = w.length() + suffix.length();
      if (buf.length < len) {
        buf = new char[Math.max(len, buf.length * 2)];
      }
      w.getChars(0, w.length(), buf, 0);
      suffix.getChars(0, suffix.length(), buf, w.length());
      at = 0;
    }

    @Override
    public int read(char[] cbuf, int off, int n) {
      if (at >= len) {
        return -1;
      }
      int k = Math.min(n, len - at);
      System.arraycopy(buf, at, cbuf, off, k);
      at += k;
      return k;
    }

    @Override
    public void close() {}
  }

  private static final ThreadLocal<Nori> NORI = ThreadLocal.withInitial(Nori::new);

  /** Words of at most this many chars are memoised (offsets are packed in 12 bits). */
  private static final int MEMO_WORD = 4095;

  private static final int[] NONE = new int[0];
  /**
   * Closes each word as a sentence would: at the end of the input, Nori otherwise prefers a verb to
   * a name and its particle (조인성의 -> 조인/VV 성의/NNG).
   */
  private static final String SUFFIX = ".";

  private final int memoCap;
  private final ConcurrentHashMap<String, int[]> memo = new ConcurrentHashMap<>();

  private final java.util.function.Predicate<String> keep;

  /**
   * @param memoCap words kept in the memo (it is emptied when full); 0 turns it off
   * @param keep common nouns that must still go through Nori (cues of names: 씨, 감독, 국회)
   */
  KoreanMorphs(int memoCap, java.util.function.Predicate<String> keep) {
    this.memoCap = memoCap;
    this.keep = keep;
  }

  /** Start and end of each eojeol (a run of non-whitespace chars) of {@code text}, in pairs, in order. */
  static int[] eojeols(String text) {
    int len = text.length();
    int size = 0;
    int[] out = new int[64];
    int i = 0;
    while (i < len) {
      while (i < len && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < len && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        if (size + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[size++] = i;
        out[size++] = j;
      }
      i = j;
    }
    return Arrays.copyOf(out, size);
  }

  /** Morphemes of {@code text}, analysed one eojeol at a time. */
  Morphs analyse(String text) {
    int[] bounds = eojeols(text);
    int words = bounds.length / 2;
    int[] ws = new int[words];
    int[] we = new int[words];
    for (int k = 0; k < words; k++) {
      ws[k] = bounds[2 * k];
      we[k] = bounds[2 * k + 1];
    }
    int[][] packed = new int[words][];
    String[] word = new String[words];
    java.util.LinkedHashMap<String, int[]> pending = null;
    for (int k = 0; k < words; k++) {
      String w = text.substring(ws[k], we[k]);
      word[k] = w;
      int[] p = memoCap > 0 ? memo.get(w) : null;
      if (p == null) {
        p = cheap(w);
        if (p != null) {
          remember(w, p);
        } else {
          if (pending == null) {
            pending = new java.util.LinkedHashMap<>();
          }
          pending.put(w, null);
        }
      }
      packed[k] = p;
    }
    if (pending != null) {
      nori(pending);
      for (java.util.Map.Entry<String, int[]> en : pending.entrySet()) {
        remember(en.getKey(), en.getValue());
      }
      for (int k = 0; k < words; k++) {
        if (packed[k] == null) {
          packed[k] = pending.get(word[k]);
        }
      }
    }
    Morphs m = new Morphs();
    for (int k = 0; k < words; k++) {
      unpack(packed[k], ws[k], m);
    }
    return m;
  }

  private void remember(String w, int[] p) {
    if (memoCap > 0) {
      if (memo.size() >= memoCap) {
        memo.clear();
      }
      memo.put(w, p);
    }
  }

  private static void unpack(int[] packed, int s, Morphs m) {
    for (int p : packed) {
      m.add(s + (p & 0xFFF), s + (p >>> 12 & 0xFFF), (byte) (p >>> 24));
    }
  }

  /** Morphemes of a word that needs no search (a predicate, a number, a plain dictionary word), else null. */
  int[] cheap(String w) {
    int n = w.length();
    if (n > MEMO_WORD) {
      return new int[0]; // no word of a name is that long; offsets would not fit
    }
    if (predicate(w, 0, n)) {
      return new int[] {n << 12 | OTHER << 24};
    }
    if (allPunctuation(w)) {
      return NONE; // Nori drops every token that starts with punctuation, and here every one does
    }
    return commonNoun(w);
  }

  /**
   * Is every char punctuation as Nori's tokenizer defines it (the categories whose tokens it drops
   * with {@code discardPunctuation}, and U+318D)? Then Nori gives no morpheme for the word and its
   * full stop. {@code KoreanMorphsTest} checks this against Nori for every BMP char.
   */
  static boolean allPunctuation(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!noriPunctuation(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean noriPunctuation(char ch) {
    if (ch == 0x318D) {
      return true;
    }
    switch (Character.getType(ch)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
          Character.FORMAT, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Nori on each word of {@code batch} (keys) alone, closed by a full stop as a sentence would be:
   * at the end of the input Nori otherwise prefers a verb to a name and its particle (조인성의 ->
   * 조인/VV 성의/NNG). One word at a time, so its morphemes never depend on its neighbours (words
   * batched in one input do: 당은.대법원은 gives 대/XPN 법원) and the memo stays a pure function.
   */
  private static void nori(java.util.LinkedHashMap<String, int[]> batch) {
    for (java.util.Map.Entry<String, int[]> en : batch.entrySet()) {
      en.setValue(nori(en.getKey()));
    }
  }

  /** Nori on one word: packed (start | end << 12 | tag << 24) per morpheme. */
  static int[] nori(String w) {
    Nori nori = NORI.get();
    KoreanTokenizer tok = nori.tok;
    OffsetAttribute off = nori.off;
    PartOfSpeechAttribute pos = nori.pos;
    int[] out = NONE;
    int n = 0;
    try {
      nori.reader.set(w, SUFFIX);
      tok.setReader(nori.reader);
      tok.reset();
      while (tok.incrementToken()) {
        if (off.startOffset() >= w.length()) {
          continue; // the full stop
        }
        POS.Tag t = pos.getLeftPOS();
        byte tag = t == null ? OTHER : switch (t) {
          case NNP -> NNP;
          case NNG -> NNG;
          case SL -> SL;
          case SN -> SN;
          case NNB -> NNB;
          case XSN -> XSN;
          default -> OTHER;
        };
        if (n == out.length) {
          out = Arrays.copyOf(out, Math.max(4, n * 2));
        }
        out[n++] = off.startOffset() | Math.min(off.endOffset(), w.length()) << 12 | tag << 24;
      }
      tok.end();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      try {
        tok.close();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** Particles and copula endings after a noun (경찰은, 사건에서, 문제였다), longest first. */
  static final String[] PARTICLES;

  static {
    String[] p = {
      "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께서", "와", "과", "도", "로", "으로", "만", "까지", "부터",
      "보다", "처럼", "에는", "에서는", "으로는", "로는", "에도", "에서도", "과의", "와의", "이나", "나", "에서의", "으로서", "로서",
      "으로써", "로써", "이다", "였다", "이었다", "이며", "인", "에게서", "한테", "마저", "조차", "밖에", "마다", "들", "들은", "들이",
      "들을", "들의", "들에게", "들도", "들과", "이라는", "라는", "이라고", "라고", "입니다", "에선", "으로도", "로도", "만큼",
      "이자", "이고", "이란", "란", "과도", "와도", "에게는", "으론", "론", "에만", "이면", "이라", "라", "을지", "엔",
      // 하다 / 되다 after a noun (투입한, 발족한, 포기해, 시작된, 공개될)
      "한", "할", "해", "함", "하여", "하게", "하기", "하지", "하면", "하며", "하자", "하는", "하던", "하고", "해서", "해야", "하도록",
      "된", "될", "돼", "됨", "되어", "되게", "되기", "되지", "되면", "되며", "되자", "되는", "되던", "되고", "돼서", "돼야", "되도록",
      "시킨", "시켜", "시키는", "받은", "받는", "받아", "받고", "당한", "당해",
    };
    java.util.Arrays.sort(p, (a, b) -> b.length() - a.length());
    PARTICLES = p;
  }

  private static final TokenInfoDictionary DICT = TokenInfoDictionary.getInstance();

  /**
   * A word that is one common noun of Nori's dictionary and a particle (경찰은, 사건에서): the
   * morphemes Nori would give, without its search. Nouns that are cues for names (씨, 감독, 국회 ...)
   * are left to Nori.
   *
   * <p>The first particle (longest first) whose stem is a plain word wins, else the whole word if it
   * is one. The stems are all prefixes of the word, so one walk of the dictionary's FST from the
   * first char finds every stem that is an entry; the cue list and the readings are then looked at
   * only for those ({@code KoreanMorphsTest} compares this with a stem-by-stem look-up).
   */
  private int[] commonNoun(String w) {
    int end = w.length();
    while (end > 0 && closing(w.charAt(end - 1))) {
      end--;
    }
    if (end < 2) {
      return null;
    }
    for (int i = 0; i < end; i++) {
      char c = w.charAt(i);
      if (c < 0xAC00 || c > 0xD7A3) {
        return null;
      }
    }
    // entry[len]: the FST output of the prefix of len chars if it is an entry, else -1
    long[] entry = prefixEntries(w, end);
    if (entry == null) {
      return null; // no prefix of two or more chars is an entry: no stem, and the word is none
    }
    for (String p : PARTICLES) {
      int stemEnd = end - p.length();
      int t;
      if (stemEnd >= 2 && entry[stemEnd] >= 0 && w.startsWith(p, stemEnd) && (t = plainWord(w, stemEnd, entry[stemEnd])) >= 0) {
        return new int[] {stemEnd << 12 | t << 24, stemEnd | end << 12 | OTHER << 24};
      }
    }
    int t = entry[end] >= 0 ? plainWord(w, end, entry[end]) : -1;
    if (t >= 0) {
      return new int[] {end << 12 | t << 24};
    }
    return null;
  }

  /**
   * One walk of Nori's FST over {@code w[0, end)}: for each prefix length, the output that names its
   * entry's readings, or -1 if the prefix is no entry; null if no prefix of 2 or more chars is one.
   */
  private static long[] prefixEntries(String w, int end) {
    TokenInfoFST fst = DICT.getFST();
    FST.BytesReader reader = READER.get();
    FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
    long[] entry = null;
    long output = 0;
    try {
      for (int i = 0; i < end; i++) {
        if (fst.findTargetArc(w.charAt(i), arc, arc, i == 0, reader) == null) {
          break;
        }
        output += arc.output();
        if (i >= 1 && arc.isFinal()) {
          if (entry == null) {
            entry = new long[end + 1];
            Arrays.fill(entry, -1);
          }
          entry[i + 1] = output + arc.nextFinalOutput();
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return entry;
  }

  /**
   * The tag (NNG if a common noun, else OTHER) of the prefix {@code text[0, e)}, an entry of Nori's
   * dictionary whose readings are named by {@code output}, if it is no cue word and every reading is
   * a plain word (no proper noun, foreign word or affix); else -1.
   */
  private int plainWord(String text, int e, long output) {
    if (keep.test(text.substring(0, e))) {
      return -1;
    }
    IntsRef ids = new IntsRef();
    DICT.lookupWordIds((int) output, ids);
    if (ids.length == 0) {
      return -1;
    }
    boolean noun = false;
    for (int k = 0; k < ids.length; k++) {
      int id = ids.ints[ids.offset + k];
      POS.Tag left = DICT.getLeftPOS(id);
      if (!PLAIN.contains(left) || !PLAIN.contains(DICT.getRightPOS(id))) {
        return -1;
      }
      noun |= left == POS.Tag.NNG;
    }
    return noun ? NNG : OTHER;
  }

  /** Readings of a dictionary word that never make it a name or part of one. */
  private static final java.util.Set<POS.Tag> PLAIN = java.util.EnumSet.of(
      POS.Tag.NNG, POS.Tag.NNB, POS.Tag.NNBC, POS.Tag.NP, POS.Tag.NR, POS.Tag.MAG, POS.Tag.MAJ, POS.Tag.MM,
      POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.IC, POS.Tag.XR, POS.Tag.E, POS.Tag.J);

  private static final ThreadLocal<FST.BytesReader> READER = ThreadLocal.withInitial(() -> DICT.getFST().getBytesReader());

  /** Counters and units after a number (3일, 46명의, 300억원에, 5.2인치). */
  private static final String[] COUNTERS = {
    "원", "명", "일", "월", "년", "시", "분", "초", "개", "살", "세", "억", "만", "천", "조", "위", "배", "건", "차", "호", "층", "대",
    "인치", "달러", "시간", "주", "회", "곳", "점", "톤", "개월", "주년", "번", "번째", "가지", "마리", "채", "척", "대째", "퍼센트",
    "포인트", "골", "승", "패", "경기", "억원", "만원", "천원", "조원", "만명", "천명", "달러어치", "년간", "일간", "시즌", "세기",
  };

  /** Digits (with . , -) followed only by a counter and a particle: 3일, 46명의, 300억원에, 1위를. */
  private static boolean number(String text, int s, int end) {
    int i = s;
    while (i < end && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ','
        || text.charAt(i) == '-' || text.charAt(i) == '~' || text.charAt(i) == '(' || text.charAt(i) == '%')) {
      i++;
    }
    if (i == s || !Character.isDigit(text.charAt(s)) && text.charAt(s) != '-' && text.charAt(s) != '(') {
      return false;
    }
    if (i == end) {
      return true;
    }
    String rest = text.substring(i, end);
    for (String c : COUNTERS) {
      if (rest.startsWith(c) && (rest.length() == c.length() || isParticle(rest.substring(c.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isParticle(String s) {
    for (String p : PARTICLES) {
      if (p.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** Endings after which a Hangul word is a conjugated verb or adjective (했다, 있고, 하는, 됐으며). */
  private static final String[] PREDICATE_ENDINGS = {
    "했다", "였다", "됐다", "었다", "았다", "겠다", "있다", "없다", "한다", "된다", "렸다", "졌다", "혔다", "켰다", "쳤다", "왔다",
    "갔다", "봤다", "줬다", "냈다", "웠다", "섰다", "않다", "않는다", "습니다", "합니다", "됩니다",
    "했고", "되고", "있고", "없고", "않고", "였고", "됐고", "었고", "았고", "겠고",
    "하며", "되며", "으며",
    "하는", "되는", "있는", "없는", "않는", "했던", "하던", "됐던", "였던", "있던", "없던", "하게", "되게", "않게",
    "하면", "되면", "했지만", "하지만", "있지만", "했는데", "하는데", "있는데", "없는데",
    "해야", "해서", "되어", "돼서", "하기", "되기", "위해", "위해서", "통해", "대해", "인해", "따라", "따르면", "의하면",
    "하도록", "되도록", "했으나", "하자", "하려", "하려고", "했다는", "한다는", "있다는", "없다는", "된다는", "하겠다는",
  };

  /** Punctuation that may close a word after its ending (했다. 말했다," 있다'). */
  static boolean closing(char c) {
    return c == '.' || c == ',' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '!' || c == '?'
        || c == '…' || c == '·';
  }

  /** Copula endings in the past tense: a name may precede them (서울이었다, 김씨였다). */
  private static final String[] COPULA_PAST = {"이었", "였"};

  /** Is the word a plainly conjugated predicate or a number (no part of it can be a name)? */
  static boolean predicate(String text, int s, int e) {
    int end = e;
    while (end > s && closing(text.charAt(end - 1))) {
      end--;
    }
    if (number(text, s, end)) {
      return true;
    }
    if (end - s < 2) {
      return false;
    }
    boolean past = false;
    for (int i = s; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0xAC00 || c > 0xD7A3) {
        return false; // mixed words ('변호인'은, 3일) go to Nori
      }
      past |= (c - 0xAC00) % 28 == 20; // final ㅆ: 했, 있, 었, 렀 (no noun has it)
    }
    if (past) {
      for (String cop : COPULA_PAST) {
        if (text.indexOf(cop, s) >= 0 && text.indexOf(cop, s) < end) {
          return false;
        }
      }
      return true;
    }
    for (String ending : PREDICATE_ENDINGS) {
      if (text.startsWith(ending, end - ending.length()) && end - ending.length() >= s) {
        return true;
      }
    }
    return false;
  }
}
