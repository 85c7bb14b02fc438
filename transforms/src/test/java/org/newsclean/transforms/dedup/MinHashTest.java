package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = new MinHash(MinHash.Settings.defaults());

  private static String words(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("w").append(rnd.nextInt(1_000_000)).append(' ');
    }
    return sb.toString();
  }

  @Test
  void signatureEqualsTheShingleByShingleReference() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (MinHash.Settings settings : List.of(MinHash.Settings.defaults(), new MinHash.Settings(3, 64, 16, 0.5))) {
      MinHash m = new MinHash(settings);
      for (int n = 0; n < 2_000; n++) {
        long[] shingles = new long[1 + rnd.nextInt(700)];
        for (int k = 0; k < shingles.length; k++) {
          // random 64-bit values, with the edges of the unsigned and signed orders mixed in
          shingles[k] = switch (rnd.nextInt(8)) {
            case 0 -> 0L;
            case 1 -> -1L;
            case 2 -> Long.MIN_VALUE;
            case 3 -> Long.MAX_VALUE;
            default -> rnd.nextLong();
          };
        }
        assertArrayEquals(m.signatureOfShinglesReference(shingles), m.signatureOfShingles(shingles));
      }
      assertNull(m.signatureOfShingles(new long[0]));
      String text = words(rnd, 400);
      assertArrayEquals(m.signatureOfShinglesReference(Shingles.of(text, settings.shingleSize())), m.signature(text));
    }
  }

  @Test
  void settingsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> new MinHash.Settings(5, 100, 30, 0.7));
    assertThrows(IllegalArgumentException.class, () -> new MinHash.Settings(0, 100, 20, 0.7));
    assertThrows(IllegalArgumentException.class, () -> new MinHash.Settings(5, 100, 20, 1.5));
    assertEquals(5, MinHash.Settings.defaults().rows());
  }

  @Test
  void sameTextSameSignatureAndNoTokensNoSignature() {
    String text = words(new SplittableRandom(1), 300);
    assertArrayEquals(minHash.signature(text), new MinHash(MinHash.Settings.defaults()).signature(text));
    assertEquals(1.0, MinHash.estimate(minHash.signature(text), minHash.signature(text.toUpperCase())), 0);
    assertNull(minHash.signature(" .,;"));
    assertEquals(100, minHash.signature(text).length);
    assertEquals(20, minHash.bandKeys(minHash.signature(text)).size());
  }

  @Test
  void estimateIsCloseToTheExactJaccard() {
    SplittableRandom rnd = new SplittableRandom(42);
    double worst = 0;
    for (int trial = 0; trial < 40; trial++) {
      // a shared core plus private parts give a known spread of similarities
      String core = words(rnd, 200 + rnd.nextInt(400));
      String a = words(rnd, rnd.nextInt(200)) + core + words(rnd, rnd.nextInt(100));
      String b = words(rnd, rnd.nextInt(100)) + core + words(rnd, rnd.nextInt(200));
      double exact = Shingles.jaccard(a, b, 5);
      double estimate = MinHash.estimate(minHash.signature(a), minHash.signature(b));
      worst = Math.max(worst, Math.abs(exact - estimate));
    }
    // 100 hashes: standard error at most 0.05; 40 trials stay within 4 of them
    assertTrue(worst < 0.2, "worst error " + worst);
  }

  @Test
  void bandsCollideForNearCopiesAndNotForUnrelatedTexts() {
    SplittableRandom rnd = new SplittableRandom(7);
    String text = words(rnd, 500);
    String edited = text.replaceFirst("w\\d+ w\\d+ ", "") + " one more sentence here";
    List<Long> a = minHash.bandKeys(minHash.signature(text));
    List<Long> b = minHash.bandKeys(minHash.signature(edited));
    List<Long> shared = new ArrayList<>(a);
    shared.retainAll(b);
    assertTrue(shared.size() >= 5, "shared bands " + shared.size());
    List<Long> other = minHash.bandKeys(minHash.signature(words(rnd, 500)));
    other.retainAll(a);
    assertEquals(0, other.size());
  }

  @Test
  void candidateProbabilityFollowsTheBandingCurve() {
    MinHash.Settings s = MinHash.Settings.defaults();
    assertTrue(s.candidateProbability(0.8) > 0.999);
    assertTrue(s.candidateProbability(0.2) < 0.01);
  }

  @Test
  void bytesRoundTrip() {
    long[] signature = minHash.signature("a b c d e f g h");
    assertArrayEquals(signature, MinHash.fromBytes(MinHash.toBytes(signature)));
  }
}
