package org.newsclean.transforms.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.newsclean.transforms.records.Article;

/**
 * Sets {@code story_id}: documents that tell the same story, in any language, share it. Each document's
 * {@link StoryProfile} (entity ids, numbers, quoted speakers in order); candidates by MinHash LSH over the
 * profile's feature keys (16 hashes in 8 bands of 2, a GroupByKey on band keys, never all pairs); a candidate
 * pair is linked when {@link StoryProfile#similarity} is at least the threshold; a near-duplicate is always
 * linked to its representative. Stories are the connected components ({@link ConnectComponents}); the
 * {@code story_id} is the smallest {@code doc_id} of the story (a document alone is its own story). Must run
 * after entity and quote extraction.
 */
public final class ClusterStories extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final MinHash.Settings CANDIDATES = new MinHash.Settings(1, 16, 8, 0.0);

  private static final TupleTag<KV<String, String>> PROFILE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> PAIR = new TupleTag<>() {};
  private static final TupleTag<KV<String, KV<String, String>>> PARTNER = new TupleTag<>() {};
  private static final TupleTag<KV<String, Article>> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> LABEL = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> NEAR = new TupleTag<>() {};

  private final double threshold;
  private final int rounds;
  private final KeyRanges ranges;
  private final PCollection<KV<String, String>> nearVerdicts;

  private ClusterStories(double threshold, int rounds, KeyRanges ranges, PCollection<KV<String, String>> nearVerdicts) {
    this.threshold = threshold;
    this.rounds = rounds;
    this.ranges = ranges;
    this.nearVerdicts = nearVerdicts;
  }

  public static ClusterStories withThreshold(double threshold) {
    return new ClusterStories(threshold, ConnectComponents.DEFAULT_ROUNDS, new KeyRanges(KeyRanges.DEFAULT), null);
  }

  public ClusterStories withKeyRanges(int count) {
    return new ClusterStories(threshold, rounds, new KeyRanges(count), nearVerdicts);
  }

  public ClusterStories withRounds(int count) {
    return new ClusterStories(threshold, count, ranges, nearVerdicts);
  }

  /**
   * Also applies near-duplicate verdicts ({@link FindNearDuplicates}: {@code KV(doc_id, representative's doc_id)})
   * in the same join that sets {@code story_id}: each such article comes out with {@code near_duplicate_of} set,
   * as {@link MarkNearDuplicates} would have set it, and is linked to its representative. The input articles'
   * own {@code near_duplicate_of} is then not read. Counts {@code distinct_documents} under {@link
   * MarkNearDuplicates}, as marking does.
   */
  public ClusterStories withNearDuplicates(PCollection<KV<String, String>> verdicts) {
    return new ClusterStories(threshold, rounds, ranges, verdicts);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    Coder<KV<String, String>> pairCoder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    Coder<KV<Integer, KV<String, String>>> rangedPair = KvCoder.of(VarIntCoder.of(), pairCoder);
    PCollection<KV<Integer, KV<String, String>>> profiles =
        articles.apply("Profile", ParDo.of(new ProfileFn(ranges))).setCoder(rangedPair);
    PCollection<KV<Integer, KV<String, String>>> candidates =
        profiles
            .apply("BandKeys", ParDo.of(new BandKeysFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
            .apply("GroupBands", GroupByKey.create())
            .apply("PairBuckets", ParDo.of(new PairBucketsFn(ClusterStories.class, ranges)))
            .setCoder(rangedPair);
    PCollection<KV<Integer, KV<String, KV<String, String>>>> withFirst =
        KeyedPCollectionTuple.of(PROFILE, profiles)
            .and(PAIR, candidates)
            .apply("JoinFirst", CoGroupByKey.create())
            .apply("AttachFirst", ParDo.of(new AttachFirstFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), pairCoder)));
    PCollection<KV<String, String>> linked =
        KeyedPCollectionTuple.of(PROFILE, profiles)
            .and(PARTNER, withFirst)
            .apply("JoinSecond", CoGroupByKey.create())
            .apply("Verify", ParDo.of(new VerifyFn(threshold)))
            .setCoder(pairCoder);
    PCollection<KV<String, String>> nearEdges =
        nearVerdicts != null
            ? nearVerdicts
            : articles.apply("NearDuplicateEdges", ParDo.of(new NearEdgeFn())).setCoder(pairCoder);
    PCollection<KV<String, String>> labels =
        PCollectionList.of(linked)
            .and(nearEdges)
            .apply("AllEdges", Flatten.pCollections())
            .apply("ConnectComponents", ConnectComponents.withRounds(rounds, ranges.count()));
    PCollection<KV<Integer, KV<String, String>>> rangedLabels =
        labels.apply("RangeLabels", ParDo.of(new RangeFn(ranges))).setCoder(rangedPair);
    PCollection<KV<Integer, KV<String, Article>>> byDocId =
        articles
            .apply("KeyByDocId", ParDo.of(new KeyByDocIdFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), articles.getCoder())));
    KeyedPCollectionTuple<Integer> joined = KeyedPCollectionTuple.of(ARTICLE, byDocId).and(LABEL, rangedLabels);
    if (nearVerdicts != null) {
      joined =
          joined.and(NEAR, nearVerdicts.apply("RangeNearDuplicates", ParDo.of(new RangeFn(ranges))).setCoder(rangedPair));
    }
    return joined
        .apply("JoinStories", CoGroupByKey.create())
        .apply("SetStoryIds", ParDo.of(new SetStoryFn(nearVerdicts != null)))
        .setCoder(articles.getCoder());
  }

  private static Map<String, String> profilesOf(CoGbkResult joined) {
    Map<String, String> map = new HashMap<>();
    for (KV<String, String> p : joined.getAll(PROFILE)) {
      map.put(p.getKey(), p.getValue());
    }
    return map;
  }

  private static final class ProfileFn extends DoFn<Article, KV<Integer, KV<String, String>>> {
    private final KeyRanges ranges;
    private final Counter thin = Metrics.counter(ClusterStories.class, "too_few_features");

    ProfileFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      StoryProfile profile = StoryProfile.of(article);
      if (!profile.linkable()) {
        thin.inc();
        return;
      }
      out.output(KV.of(ranges.of(article.getDocId()), KV.of(article.getDocId(), profile.encode())));
    }
  }

  private static final class BandKeysFn extends DoFn<KV<Integer, KV<String, String>>, KV<Integer, KV<Long, String>>> {
    private final KeyRanges ranges;
    private transient MinHash minHash;

    BandKeysFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @Setup
    public void setup() {
      minHash = new MinHash(CANDIDATES);
    }

    @ProcessElement
    public void process(@Element KV<Integer, KV<String, String>> profile, OutputReceiver<KV<Integer, KV<Long, String>>> out) {
      long[] signature = minHash.signatureOfShingles(StoryProfile.decode(profile.getValue().getValue()).featureHashes());
      for (Long key : minHash.bandKeys(signature)) {
        out.output(KV.of(ranges.of(key), KV.of(key, profile.getValue().getKey())));
      }
    }
  }

  private static final class AttachFirstFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, KV<String, String>>>> {
    private final KeyRanges ranges;

    AttachFirstFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<Integer, KV<String, KV<String, String>>>> out) {
      if (!joined.getValue().getAll(PAIR).iterator().hasNext()) {
        return;
      }
      Map<String, String> profiles = profilesOf(joined.getValue());
      TreeSet<String> seen = new TreeSet<>();
      for (KV<String, String> pair : joined.getValue().getAll(PAIR)) {
        if (seen.add(pair.getKey() + "\u0000" + pair.getValue())) {
          out.output(KV.of(ranges.of(pair.getValue()), KV.of(pair.getValue(), KV.of(pair.getKey(), profiles.get(pair.getKey())))));
        }
      }
    }
  }

  private static final class VerifyFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
    private final double threshold;
    private final Counter linked = Metrics.counter(ClusterStories.class, "linked_pairs");
    private final Counter refuted = Metrics.counter(ClusterStories.class, "refuted_pairs");

    VerifyFn(double threshold) {
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      if (!joined.getValue().getAll(PARTNER).iterator().hasNext()) {
        return;
      }
      Map<String, String> profiles = profilesOf(joined.getValue());
      // a document is in many candidate pairs: each encoded profile is decoded once per key range
      Map<String, StoryProfile> decoded = new HashMap<>();
      TreeSet<String> seen = new TreeSet<>();
      for (KV<String, KV<String, String>> candidate : joined.getValue().getAll(PARTNER)) {
        String second = candidate.getKey();
        String first = candidate.getValue().getKey();
        if (!seen.add(first + "\u0000" + second)) {
          continue;
        }
        double s =
            StoryProfile.similarity(
                decoded.computeIfAbsent(profiles.get(second), StoryProfile::decode),
                decoded.computeIfAbsent(candidate.getValue().getValue(), StoryProfile::decode));
        if (s >= threshold) {
          linked.inc();
          out.output(KV.of(first, second));
        } else {
          refuted.inc();
        }
      }
    }
  }

  private static final class NearEdgeFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, String>> out) {
      if (article.getNearDuplicateOf() != null) {
        out.output(KV.of(article.getDocId(), article.getNearDuplicateOf()));
      }
    }
  }

  private static final class RangeFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final KeyRanges ranges;

    RangeFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<String, String> label, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(ranges.of(label.getKey()), label));
    }
  }

  private static final class SetStoryFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final Counter shared = Metrics.counter(ClusterStories.class, "documents_in_shared_stories");
    private final Counter alone = Metrics.counter(ClusterStories.class, "documents_alone");
    private final Counter stories = Metrics.counter(ClusterStories.class, "stories_shared");
    private final Counter representatives = Metrics.counter(MarkNearDuplicates.class, "distinct_documents");
    private final boolean applyNear;

    SetStoryFn(boolean applyNear) {
      this.applyNear = applyNear;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Article> out) {
      Map<String, String> labels = new HashMap<>();
      for (KV<String, String> l : joined.getValue().getAll(LABEL)) {
        labels.put(l.getKey(), l.getValue());
      }
      Map<String, String> representativeOf = new HashMap<>();
      if (applyNear) {
        for (KV<String, String> r : joined.getValue().getAll(NEAR)) {
          representativeOf.put(r.getKey(), r.getValue());
        }
      }
      for (KV<String, Article> a : joined.getValue().getAll(ARTICLE)) {
        Article.Builder builder = a.getValue().toBuilder();
        if (applyNear) {
          String representative = representativeOf.get(a.getKey());
          if (representative == null) {
            representatives.inc();
          } else {
            builder.setNearDuplicateOf(representative);
          }
        }
        String story = labels.get(a.getKey());
        if (story == null) {
          alone.inc();
          story = a.getKey();
        } else {
          shared.inc();
          if (story.equals(a.getKey())) {
            stories.inc();
          }
        }
        out.output(builder.setStoryId(story).build());
      }
    }
  }
}
