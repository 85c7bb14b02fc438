package org.newsclean.transforms.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.openhft.hashing.LongHashFunction;

/**
 * MinHash signatures and locality-sensitive hashing by bands.
 *
 * <p>A signature has {@code hashes} values: for each of {@code hashes} random permutations of the 64-bit
 * shingle hashes ({@link Shingles}), the minimum over the document's shingles. Permutation {@code i} is
 * {@code x -> a_i * x + b_i} (mod 2^64, {@code a_i} odd, compared unsigned), the multiply-add family of
 * the classic MinHash implementations; {@code a_i}, {@code b_i} come from xxHash3 of {@code i}, so every
 * run and machine uses the same permutations. The share of equal values of two signatures estimates the
 * Jaccard similarity of the shingle sets (standard error about {@code sqrt(J(1-J)/hashes)}).
 *
 * <p>LSH: the signature is cut into {@code bands} bands of {@code rows = hashes / bands} values; two documents
 * become a candidate pair when some band is equal, with probability {@code 1 - (1 - J^rows)^bands}. The band key
 * is xxHash3 of (band index, the band's values).
 *
 * <p>Immutable and thread-safe.
 */
public final class MinHash {
  private static final LongHashFunction PARAMS = LongHashFunction.xx3(0x4d696e48617368L);
  private static final LongHashFunction BAND = LongHashFunction.xx3(0x42616e64L);

  private final int shingleSize;
  private final int hashes;
  private final int bands;
  private final long[] multipliers;
  private final long[] increments;

  /** Settings of near-duplicate detection; {@code hashes} must be a multiple of {@code bands}. */
  public record Settings(int shingleSize, int hashes, int bands, double threshold) implements java.io.Serializable {
    public Settings {
      if (shingleSize < 1) {
        throw new IllegalArgumentException("shingle size must be at least 1");
      }
      if (hashes < 1 || bands < 1 || hashes % bands != 0) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "hashes (%d) must be a positive multiple of bands (%d)", hashes, bands));
      }
      if (threshold < 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be in [0, 1]");
      }
    }

    /** Defaults: word 5-grams, 100 hashes in 20 bands of 5, estimated Jaccard at least 0.7. */
    public static Settings defaults() {
      return new Settings(5, 100, 20, 0.7);
    }

    public int rows() {
      return hashes / bands;
    }

    /** Probability that a pair of true Jaccard {@code j} shares at least one band. */
    public double candidateProbability(double j) {
      return 1 - Math.pow(1 - Math.pow(j, rows()), bands);
    }
  }

  public MinHash(Settings settings) {
    this.shingleSize = settings.shingleSize();
    this.hashes = settings.hashes();
    this.bands = settings.bands();
    this.multipliers = new long[hashes];
    this.increments = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = PARAMS.hashLong(2L * i) | 1L;
      increments[i] = PARAMS.hashLong(2L * i + 1);
    }
  }

  /** The signature of a text; null when the text has no token (nothing to compare). */
  public long[] signature(String text) {
    return signatureOfShingles(Shingles.of(text, shingleSize));
  }

  /** The signature of a set of shingle hashes; null when the set is empty. */
  public long[] signatureOfShingles(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    // one permutation at a time, its minimum kept in a register: x ^ MIN_VALUE maps the unsigned order onto the
    // signed one, so Math.min (a conditional move) finds the unsigned minimum
    long[] signature = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      long a = multipliers[i];
      long b = increments[i];
      long min = Long.MAX_VALUE; // the largest unsigned value, -1, in the signed order
      for (long x : shingles) {
        min = Math.min(min, (a * x + b) ^ Long.MIN_VALUE);
      }
      signature[i] = min ^ Long.MIN_VALUE;
    }
    return signature;
  }

  /** {@link #signatureOfShingles} as first written, shingle by shingle, compared unsigned (the reference). */
  long[] signatureOfShinglesReference(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    long[] signature = new long[hashes];
    java.util.Arrays.fill(signature, -1L); // the largest unsigned value
    for (long x : shingles) {
      for (int i = 0; i < hashes; i++) {
        long v = multipliers[i] * x + increments[i];
        if (Long.compareUnsigned(v, signature[i]) < 0) {
          signature[i] = v;
        }
      }
    }
    return signature;
  }

  /** The estimated Jaccard similarity: the share of equal signature values. */
  public static double estimate(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  /** The band keys of a signature, one per band, in band order. */
  public List<Long> bandKeys(long[] signature) {
    int rows = hashes / bands;
    List<Long> keys = new ArrayList<>(bands);
    long[] band = new long[rows + 1];
    for (int b = 0; b < bands; b++) {
      band[0] = b;
      System.arraycopy(signature, b * rows, band, 1, rows);
      keys.add(BAND.hashLongs(band));
    }
    return keys;
  }

  /** A signature as bytes (big-endian longs), for Beam's byte-array coder and the state files. */
  public static byte[] toBytes(long[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      buffer.putLong(v);
    }
    return buffer.array();
  }

  public static long[] fromBytes(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long[] signature = new long[bytes.length / Long.BYTES];
    for (int i = 0; i < signature.length; i++) {
      signature[i] = buffer.getLong();
    }
    return signature;
  }
}
