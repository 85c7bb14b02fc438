package org.newsclean.transforms.dedup;

import java.io.Serializable;
import net.openhft.hashing.LongHashFunction;

/**
 * Coarse keys for the dedup stage's GroupByKeys: a fine key (a content key, a band key, a rank key) is sent to
 * one of {@code ranges} key ranges, and the DoFn after the GroupByKey groups or joins by the fine key inside its
 * range. Results do not depend on the number of ranges. Why: the DirectRunner pays a fixed cost per key of a
 * GroupByKey (one bundle per key), which made one group per content or band key cost minutes on 10,000
 * documents; distributed runners pay little per key, so there more ranges (smaller groups) are better.
 */
public final class KeyRanges implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Default number of ranges (measured on the DirectRunner: docs/dedup.md). */
  public static final int DEFAULT = 16;

  private static final LongHashFunction HASH = LongHashFunction.xx3(0x52616e6765L);

  private final int ranges;

  public KeyRanges(int ranges) {
    if (ranges < 1) {
      throw new IllegalArgumentException("key ranges must be at least 1, got " + ranges);
    }
    this.ranges = ranges;
  }

  public int count() {
    return ranges;
  }

  public int of(String key) {
    return (int) Math.floorMod(HASH.hashChars(key), (long) ranges);
  }

  public int of(long key) {
    return (int) Math.floorMod(HASH.hashLong(key), (long) ranges);
  }
}
