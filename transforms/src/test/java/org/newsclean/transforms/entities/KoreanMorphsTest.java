package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
}
