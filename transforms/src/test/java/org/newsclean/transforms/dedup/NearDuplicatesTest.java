package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  @Test
  void rankKeysOrderLongerTextsFirstThenSmallerIds() {
    String longB = NearDuplicates.rankKey("bbbb", 500);
    String longA = NearDuplicates.rankKey("aaaa", 500);
    String shortA = NearDuplicates.rankKey("0000", 20);
    List<String> keys = new ArrayList<>(List.of(shortA, longB, longA));
    keys.sort(null);
    assertEquals(List.of(longA, longB, shortA), keys);
    assertEquals("bbbb", NearDuplicates.docIdOf(longB));
  }

  @Test
  void rankKeysAreWhatTheFormatStringWrites() {
    for (int length : new int[] {0, 1, 9, 10, 4_000, 123_456_789, Integer.MAX_VALUE, -1, -5, Integer.MIN_VALUE}) {
      for (String id : List.of("", "d-1", "0123abcd")) {
        assertEquals("b" + String.format(java.util.Locale.ROOT, "%010d", Integer.MAX_VALUE - length) + id, NearDuplicates.rankKey(id, length));
        assertEquals("a" + String.format(java.util.Locale.ROOT, "%010d", Integer.MAX_VALUE - length) + id, NearDuplicates.earlierRankKey(id, length));
      }
    }
  }

  @Test
  void smallBucketsPairEveryMemberLargeBucketsOnlyTheBest() {
    assertEquals(3, NearDuplicates.candidatePairs(List.of("a", "b", "c")).size());
    List<String> many = new ArrayList<>();
    for (int i = 0; i < NearDuplicates.MAX_BUCKET_FOR_ALL_PAIRS + 10; i++) {
      many.add(String.format("%04d", i));
    }
    List<String[]> pairs = NearDuplicates.candidatePairs(many);
    assertEquals(many.size() - 1, pairs.size());
    assertTrue(pairs.stream().allMatch(p -> p[0].equals("0000")));
  }

  @Test
  void componentsMapEachNodeToTheSmallestOfItsComponent() {
    Map<String, String> c =
        NearDuplicates.components(List.of(new String[] {"d", "e"}, new String[] {"b", "d"}, new String[] {"x", "y"}));
    assertEquals(Map.of("b", "b", "d", "b", "e", "b", "x", "x", "y", "x"), c);
  }
}
