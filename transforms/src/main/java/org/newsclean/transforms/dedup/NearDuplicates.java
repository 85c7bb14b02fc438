package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsclean.transforms.records.OutputRecords;

/**
 * Beam-free rules of near-duplicate clustering: the rank key that orders documents for the choice of a
 * cluster's representative, the candidate pairs of one LSH bucket, and connected components on a small edge
 * list (reference implementation; the pipeline uses label propagation, {@link MarkNearDuplicates}).
 */
public final class NearDuplicates {
  /** Buckets with more members than this only pair their best-ranked member with each other member. */
  public static final int MAX_BUCKET_FOR_ALL_PAIRS = 64;

  private NearDuplicates() {}

  /**
   * A string whose natural order is the preference for a representative: a document of an earlier run (with
   * {@code --stateDir}) first, then longer text, then the smaller {@code doc_id}. Format: {@code a} (earlier
   * run) or {@code b} (this run), 10 digits of {@code Integer.MAX_VALUE - length}, then the doc id.
   */
  public static String rankKey(String docId, int textLength) {
    return rankKey('b', docId, textLength);
  }

  /** The rank key of a document an earlier run emitted: before every document of this run. */
  public static String earlierRankKey(String docId, int textLength) {
    return rankKey('a', docId, textLength);
  }

  /** {@code prefix + String.format("%010d", MAX_VALUE - textLength) + docId}, without a {@code Formatter} (one a document). */
  private static String rankKey(char prefix, String docId, int textLength) {
    StringBuilder key = new StringBuilder(11 + docId.length()).append(prefix);
    OutputRecords.padded(key, Integer.MAX_VALUE - textLength);
    return key.append(docId).toString();
  }

  public static boolean isEarlier(String rankKey) {
    return rankKey.charAt(0) == 'a';
  }

  /** The doc id inside a rank key. */
  public static String docIdOf(String rankKey) {
    return rankKey.substring(11);
  }

  /**
   * Candidate pairs of one bucket, each as {smaller, larger} rank key: every pair of distinct members when
   * the bucket has at most {@link #MAX_BUCKET_FOR_ALL_PAIRS} members, else the best member with each other.
   */
  public static List<String[]> candidatePairs(List<String> sortedDistinctMembers) {
    List<String[]> pairs = new ArrayList<>();
    int n = sortedDistinctMembers.size();
    if (n <= MAX_BUCKET_FOR_ALL_PAIRS) {
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          pairs.add(new String[] {sortedDistinctMembers.get(i), sortedDistinctMembers.get(j)});
        }
      }
    } else {
      for (int j = 1; j < n; j++) {
        pairs.add(new String[] {sortedDistinctMembers.get(0), sortedDistinctMembers.get(j)});
      }
    }
    return pairs;
  }

  /**
   * Connected components of an undirected edge list: each node mapped to the smallest node of its component
   * (union-find). Same result as label propagation run to convergence.
   */
  public static Map<String, String> components(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      union(parent, e[0], e[1]);
    }
    Map<String, String> label = new TreeMap<>();
    for (String node : parent.keySet()) {
      label.put(node, find(parent, node));
    }
    return label;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller root wins, so the root is the component's minimum
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
