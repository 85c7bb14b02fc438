package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The proper-noun classes of mecab-ko-dic shipped as a sorted list and looked up by binary search. */
class KoreanProperNounsTest {

  private static final KoreanProperNouns NOUNS = KoreanProperNouns.shipped();

  @Test
  void theShippedListLoadsWholeAndSorted() {
    // load() rejects an unsorted or malformed line; the count guards against a truncated file
    assertTrue(NOUNS.size() > 200_000, "words: " + NOUNS.size());
  }

  @Test
  void placesAndPersonsHaveTheirClass() {
    assertTrue(NOUNS.isPlace("베이징"));
    assertTrue(NOUNS.isPlace("런던")); // both a place and a person's name: a place
    assertTrue(NOUNS.isPlace("일본")); // also a common noun in the dictionary, but the place reading costs less
    assertFalse(NOUNS.isPlace("내부")); // inside: a place name too, but the dictionary prefers the common noun
    assertFalse(NOUNS.isPlace("청구")); // claim
    assertFalse(NOUNS.isPerson("베이징"));
    assertTrue(NOUNS.isPerson("시진핑"));
    assertFalse(NOUNS.isPlace("시진핑"));
  }

  @Test
  void wordsWithOtherReadingsAreNoPersons() {
    assertEquals('p', NOUNS.classOf("올린")); // also the verb form "posted"
    assertFalse(NOUNS.isPerson("올린"));
    assertFalse(NOUNS.isPerson("유엔")); // also an organisation (NNP without class)
  }

  @Test
  void unknownWordsAndPrefixesAreNotFound() {
    assertEquals(0, NOUNS.classOf("가나다라마바사"));
    assertEquals(0, NOUNS.classOf("시진피")); // a prefix of 시진핑 is not 시진핑
    assertEquals(0, NOUNS.classOf(""));
    assertFalse(NOUNS.isPlace("베이징에서"));
  }
}
