package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.junit.jupiter.api.Test;

/** Nori one eojeol at a time, with a memo and without a search for plain words. */
class KoreanMorphsTest {

  private static List<String> morphs(KoreanMorphs km, String text) {
    KoreanMorphs.Morphs m = km.analyse(text);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < m.n; i++) {
      out.add(text.substring(m.st[i], m.en[i]) + "/" + m.tag[i]);
    }
    return out;
  }

  @Test
  void predicatesAndNumbersNeedNoAnalysis() {
    assertTrue(KoreanMorphs.predicate("말했다.", 0, 4));
    assertTrue(KoreanMorphs.predicate("밝혔고", 0, 3), "final ㅆ: a past-tense verb");
    assertTrue(KoreanMorphs.predicate("46명의", 0, 4));
    assertTrue(KoreanMorphs.predicate("300억원에", 0, 6));
    assertFalse(KoreanMorphs.predicate("서울이었다", 0, 5), "a name may precede the copula");
    assertFalse(KoreanMorphs.predicate("조인성의", 0, 4));
    assertFalse(KoreanMorphs.predicate("2NE1", 0, 4));
    KoreanMorphs km = new KoreanMorphs(100, w -> false);
    assertEquals(List.of("말했다./0"), morphs(km, "말했다."));
  }

  @Test
  void aCommonNounAndItsParticleAreSplitWithoutTheSearch() {
    KoreanMorphs km = new KoreanMorphs(100, w -> false);
    assertEquals(List.of("경찰/" + KoreanMorphs.NNG, "은/" + KoreanMorphs.OTHER), morphs(km, "경찰은"));
  }

  @Test
  void namesKeepTheirProperNounTagAndParticlesStayApart() {
    KoreanMorphs km = new KoreanMorphs(100, w -> false);
    List<String> ms = morphs(km, "조인성의 소속사");
    assertEquals("조인성/" + KoreanMorphs.NNP, ms.get(0), ms.toString());
    assertEquals("의/" + KoreanMorphs.OTHER, ms.get(1), ms.toString());
  }

  @Test
  void aWordsMorphemesDoNotDependOnItsNeighboursOrOnTheMemo() {
    String text = "미래통일당은 반발했다. 대법원은 침묵했다. 부산 동래구 온천동에서 한빛전자 직원을 조사했고";
    KoreanMorphs memo = new KoreanMorphs(1000, w -> false);
    KoreanMorphs none = new KoreanMorphs(0, w -> false);
    List<String> first = morphs(memo, text);
    assertEquals(first, morphs(memo, text), "memo hits give what the analysis gave");
    assertEquals(first, morphs(none, text), "no memo, same morphemes");
    KoreanMorphs.Morphs alone = none.analyse("대법원은");
    KoreanMorphs.Morphs inText = none.analyse(text);
    int at = text.indexOf("대법원은");
    List<int[]> found = new ArrayList<>();
    for (int i = 0; i < inText.n; i++) {
      if (inText.st[i] >= at && inText.en[i] <= at + 4) {
        found.add(new int[] {inText.st[i] - at, inText.en[i] - at, inText.tag[i]});
      }
    }
    assertEquals(alone.n, found.size());
    for (int i = 0; i < alone.n; i++) {
      assertArrayEquals(new int[] {alone.st[i], alone.en[i], alone.tag[i]}, found.get(i));
    }
  }

  @Test
  void cueWordsAreLeftToNori() {
    KoreanMorphs km = new KoreanMorphs(100, w -> w.equals("감독"));
    assertEquals(List.of("감독/" + KoreanMorphs.NNG, "은/" + KoreanMorphs.OTHER), morphs(km, "감독은"));
  }

  // ---- the cheap paths give exactly what the earlier code gave ----

  private static final TokenInfoDictionary DICT = TokenInfoDictionary.getInstance();
  private static final Set<POS.Tag> PLAIN = java.util.EnumSet.of(
      POS.Tag.NNG, POS.Tag.NNB, POS.Tag.NNBC, POS.Tag.NP, POS.Tag.NR, POS.Tag.MAG, POS.Tag.MAJ, POS.Tag.MM,
      POS.Tag.VV, POS.Tag.VA, POS.Tag.VX, POS.Tag.IC, POS.Tag.XR, POS.Tag.E, POS.Tag.J);

  /** The look-up before the one-walk version: the cue list first, then one FST walk per stem. */
  private static int plainWordByStem(Predicate<String> keep, String text, int s, int e) throws IOException {
    if (keep.test(text.substring(s, e))) {
      return -1;
    }
    TokenInfoFST fst = DICT.getFST();
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
    long output = 0;
    for (int i = s; i < e; i++) {
      if (fst.findTargetArc(text.charAt(i), arc, arc, i == s, reader) == null) {
        return -1;
      }
      output += arc.output();
    }
    if (!arc.isFinal()) {
      return -1;
    }
    IntsRef ids = new IntsRef();
    DICT.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
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
    return noun ? KoreanMorphs.NNG : KoreanMorphs.OTHER;
  }

  private static boolean closing(char c) {
    return c == '.' || c == ',' || c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '!'
        || c == '?' || c == '…' || c == '·';
  }

  /** The earlier {@code cheap}: predicate, else a noun and a particle looked up stem by stem, else Nori (null). */
  private static int[] cheapByStem(Predicate<String> keep, String w) throws IOException {
    int n = w.length();
    if (KoreanMorphs.predicate(w, 0, n)) {
      return new int[] {n << 12 | KoreanMorphs.OTHER << 24};
    }
    int end = n;
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
    for (String p : KoreanMorphs.PARTICLES) {
      int stemEnd = end - p.length();
      int t;
      if (stemEnd >= 2 && w.startsWith(p, stemEnd) && (t = plainWordByStem(keep, w, 0, stemEnd)) >= 0) {
        return new int[] {stemEnd << 12 | t << 24, stemEnd | end << 12 | KoreanMorphs.OTHER << 24};
      }
    }
    int t = plainWordByStem(keep, w, 0, end);
    return t >= 0 ? new int[] {end << 12 | t << 24} : null;
  }

  /** Hangul words of the repository's Korean texts and lists (seeds, lexicons). */
  private static Set<String> repositoryWords() {
    Set<String> words = new LinkedHashSet<>();
    Pattern hangul = Pattern.compile("[\\x{AC00}-\\x{D7A3}]+");
    List<Path> roots = List.of(Path.of("../seeds"), Path.of("src/main/resources/org/newsclean/transforms"));
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz") && !f.toString().endsWith(".bin")).toList()) {
          Matcher m = hangul.matcher(Files.readString(f, java.nio.charset.StandardCharsets.UTF_8));
          while (m.find()) {
            words.add(m.group());
          }
        }
      } catch (IOException | java.io.UncheckedIOException ex) {
        throw new AssertionError("cannot read " + root, ex);
      }
    }
    return words;
  }

  /**
   * Many words: the repository's Hangul words, each with every particle, with closing marks, cut to
   * their prefixes, and random strings of syllables common in Korean words.
   */
  private static List<String> manyWords() {
    Set<String> base = repositoryWords();
    Set<String> out = new LinkedHashSet<>(base);
    Random rnd = new Random(42);
    String[] marks = {".", ",", "\"", "'", ")", "?", "\u2026", ".\"", "'\u00b7"};
    for (String w : base) {
      for (int k = 2; k < w.length(); k++) {
        out.add(w.substring(0, k));
      }
      for (String p : KoreanMorphs.PARTICLES) {
        if (rnd.nextInt(4) == 0) {
          out.add(w + p);
          out.add(w + p + marks[rnd.nextInt(marks.length)]);
        }
      }
      out.add(w + marks[rnd.nextInt(marks.length)]);
    }
    String common = "가고공관국기김나대도동부사서성수시신아안연영원위이인장전정제조주중지진한해화회";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(5);
      for (int k = 0; k < len; k++) {
        sb.append(rnd.nextInt(3) == 0 ? (char) (0xAC00 + rnd.nextInt(11172)) : common.charAt(rnd.nextInt(common.length())));
      }
      if (rnd.nextBoolean()) {
        sb.append(KoreanMorphs.PARTICLES[rnd.nextInt(KoreanMorphs.PARTICLES.length)]);
      }
      out.add(sb.toString());
    }
    return new ArrayList<>(out);
  }

  @Test
  void theOneWalkLookUpGivesWhatTheStemByStemLookUpGave() throws IOException {
    Lexicon lex = Lexicon.get();
    Predicate<String> keep = w -> lex.koOrgWords.contains(w) || lex.koPersonAfter.contains(w)
        || lex.koPersonBefore.contains(w) || lex.koOrgSuffix.contains(w) || lex.koLocSuffix.contains(w);
    KoreanMorphs km = new KoreanMorphs(0, keep);
    List<String> words = manyWords();
    int split = 0;
    int whole = 0;
    int cued = 0;
    for (String w : words) {
      int[] expected = cheapByStem(keep, w);
      int[] actual = km.cheap(w);
      if (expected == null) {
        // the earlier code sent these to Nori; only punctuation-only words are now answered without it
        if (actual != null) {
          assertTrue(KoreanMorphs.allPunctuation(w), w);
          assertArrayEquals(KoreanMorphs.nori(w), actual, w);
        }
        continue;
      }
      assertArrayEquals(expected, actual, w);
      split += expected.length == 2 ? 1 : 0;
      whole += expected.length == 1 && !KoreanMorphs.predicate(w, 0, w.length()) ? 1 : 0;
      for (String p : KoreanMorphs.PARTICLES) {
        if (w.endsWith(p) && keep.test(w.substring(0, w.length() - p.length()))) {
          cued++;
          break;
        }
      }
    }
    // the inputs reach every branch: noun + particle, a whole noun, and cue words left to Nori
    assertTrue(words.size() > 20_000, "words: " + words.size());
    assertTrue(split > 1_000 && whole > 300 && cued > 100, "split " + split + ", whole " + whole + ", cued " + cued);
  }

  @Test
  void wordsOfPunctuationOnlyHaveNoMorphemesAsInNori() {
    int punct = 0;
    for (char c = 0; c < 0xFFFF; c++) {
      if (Character.isSurrogate(c) || Character.isWhitespace(c)) {
        continue;
      }
      String w = String.valueOf(c);
      if (KoreanMorphs.allPunctuation(w)) {
        punct++;
        assertEquals(0, KoreanMorphs.nori(w).length, "U+" + Integer.toHexString(c));
      }
    }
    assertTrue(punct > 4_000, "punctuation chars: " + punct);
    Random rnd = new Random(7);
    String marks = "\"'()[]-\u2026\u00b7\u201c\u201d\u2018\u2019!?.,:;~*/&%$#@\u318d\u3001\u3002\u300c\u300d";
    for (int i = 0; i < 3_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
        sb.append(marks.charAt(rnd.nextInt(marks.length())));
      }
      String w = sb.toString();
      assertTrue(KoreanMorphs.allPunctuation(w), w);
      assertEquals(0, KoreanMorphs.nori(w).length, w);
    }
    assertFalse(KoreanMorphs.allPunctuation("\"\uac00\""));
    assertFalse(KoreanMorphs.allPunctuation("3."));
  }
}
