package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;

/**
 * LSH candidates of one key range: the members of each band bucket paired ({@link NearDuplicates#candidatePairs}),
 * each pair once per range, keyed by the range of its first member. Shared by {@link MarkNearDuplicates} and
 * {@link ClusterStories}; counters are in the namespace of the transform that uses it.
 */
final class PairBucketsFn extends DoFn<KV<Integer, Iterable<KV<Long, String>>>, KV<Integer, KV<String, String>>> {
  private final KeyRanges ranges;
  private final Counter candidates;
  private final Counter largeBuckets;

  PairBucketsFn(Class<?> namespace, KeyRanges ranges) {
    this.ranges = ranges;
    this.candidates = Metrics.counter(namespace, "candidate_pairs");
    this.largeBuckets = Metrics.counter(namespace, "large_buckets");
  }

  @ProcessElement
  public void process(@Element KV<Integer, Iterable<KV<Long, String>>> range, OutputReceiver<KV<Integer, KV<String, String>>> out) {
    Map<Long, TreeSet<String>> buckets = new TreeMap<>();
    for (KV<Long, String> member : range.getValue()) {
      buckets.computeIfAbsent(member.getKey(), k -> new TreeSet<>()).add(member.getValue());
    }
    TreeSet<String> pairs = new TreeSet<>(); // a pair met in several bands of this range counts once
    for (TreeSet<String> members : buckets.values()) {
      if (members.size() < 2) {
        continue;
      }
      if (members.size() > NearDuplicates.MAX_BUCKET_FOR_ALL_PAIRS) {
        largeBuckets.inc();
      }
      for (String[] pair : NearDuplicates.candidatePairs(new ArrayList<>(members))) {
        if (pairs.add(pair[0] + "\u0000" + pair[1])) {
          candidates.inc();
          out.output(KV.of(ranges.of(pair[0]), KV.of(pair[0], pair[1])));
        }
      }
    }
  }
}
