package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.IterableCoder;
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
import org.apache.beam.sdk.transforms.SerializableFunction;
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
    PCollection<KV<String, String>> labels = labels(articles);
    return join(labels, articles, ranges::of)
        .apply("SetStoryIds", ParDo.of(new SetStoryFn(nearVerdicts != null)))
        .setCoder(articles.getCoder());
  }

  /**
   * This transform with its last join keyed by {@code groupOf(doc_id)} instead of its own key ranges, and each
   * group's articles output together as one element: {@code KV(group, articles)}, for every group that has at
   * least one article, the articles in no set order. The story ids, near-duplicate verdicts and counters are
   * those of this transform. For a writer that writes one file per group, e.g. with {@code groupOf} its shard
   * function: the articles then reach it already grouped, without a second shuffle of every article.
   */
  public InGroups inGroups(SerializableFunction<String, Integer> groupOf) {
    return new InGroups(this, groupOf);
  }

  /** {@link #inGroups}: story ids set in the join by group, each group's articles output as one element. */
  public static final class InGroups extends PTransform<PCollection<Article>, PCollection<KV<Integer, Iterable<Article>>>> {
    private final ClusterStories settings;
    private final SerializableFunction<String, Integer> groupOf;

    private InGroups(ClusterStories settings, SerializableFunction<String, Integer> groupOf) {
      this.settings = settings;
      this.groupOf = groupOf;
    }

    @Override
    public PCollection<KV<Integer, Iterable<Article>>> expand(PCollection<Article> articles) {
      return settings
          .join(settings.labels(articles), articles, groupOf)
          .apply("SetStoryIdsInGroups", ParDo.of(new SetStoryGroupFn(settings.nearVerdicts != null)))
          .setCoder(KvCoder.of(VarIntCoder.of(), IterableCoder.of(articles.getCoder())));
    }
  }

  /** KV(doc_id, story label) for every article linked to another one (ConnectComponents over all edges). */
  private PCollection<KV<String, String>> labels(PCollection<Article> articles) {
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
    return labels;
  }

  /** The articles (by {@code keyOf(doc_id)}) joined with their story labels and near-duplicate verdicts. */
  private PCollection<KV<Integer, CoGbkResult>> join(
      PCollection<KV<String, String>> labels, PCollection<Article> articles, SerializableFunction<String, Integer> keyOf) {
    Coder<KV<Integer, KV<String, String>>> rangedPair =
        KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<Integer, KV<String, String>>> rangedLabels =
        labels.apply("RangeLabels", ParDo.of(new RangeFn(keyOf))).setCoder(rangedPair);
    PCollection<KV<Integer, KV<String, Article>>> byDocId =
        articles
            .apply("KeyByDocId", ParDo.of(new KeyFn(keyOf)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), articles.getCoder())));
    KeyedPCollectionTuple<Integer> joined = KeyedPCollectionTuple.of(ARTICLE, byDocId).and(LABEL, rangedLabels);
    if (nearVerdicts != null) {
      joined =
          joined.and(NEAR, nearVerdicts.apply("RangeNearDuplicates", ParDo.of(new RangeFn(keyOf))).setCoder(rangedPair));
    }
    return joined.apply("JoinStories", CoGroupByKey.create());
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
      TreeSet<String> seen = new TreeSet<>();
      for (KV<String, KV<String, String>> candidate : joined.getValue().getAll(PARTNER)) {
        String second = candidate.getKey();
        String first = candidate.getValue().getKey();
        if (!seen.add(first + "\u0000" + second)) {
          continue;
        }
        double s = StoryProfile.similarity(StoryProfile.decode(profiles.get(second)), StoryProfile.decode(candidate.getValue().getValue()));
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
    private final SerializableFunction<String, Integer> keyOf;

    RangeFn(SerializableFunction<String, Integer> keyOf) {
      this.keyOf = keyOf;
    }

    @ProcessElement
    public void process(@Element KV<String, String> label, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      out.output(KV.of(keyOf.apply(label.getKey()), label));
    }
  }

  private static final class KeyFn extends DoFn<Article, KV<Integer, KV<String, Article>>> {
    private final SerializableFunction<String, Integer> keyOf;

    KeyFn(SerializableFunction<String, Integer> keyOf) {
      this.keyOf = keyOf;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, Article>>> out) {
      out.output(KV.of(keyOf.apply(article.getDocId()), KV.of(article.getDocId(), article)));
    }
  }

  /** Sets story ids (and near-duplicate verdicts) on the articles of one joined group, counting each path. */
  private static final class StorySetter implements java.io.Serializable {
    private final Counter shared = Metrics.counter(ClusterStories.class, "documents_in_shared_stories");
    private final Counter alone = Metrics.counter(ClusterStories.class, "documents_alone");
    private final Counter stories = Metrics.counter(ClusterStories.class, "stories_shared");
    private final Counter representatives = Metrics.counter(MarkNearDuplicates.class, "distinct_documents");
    private final boolean applyNear;

    StorySetter(boolean applyNear) {
      this.applyNear = applyNear;
    }

    void set(CoGbkResult joined, java.util.function.Consumer<Article> out) {
      Map<String, String> labels = new HashMap<>();
      for (KV<String, String> l : joined.getAll(LABEL)) {
        labels.put(l.getKey(), l.getValue());
      }
      Map<String, String> representativeOf = new HashMap<>();
      if (applyNear) {
        for (KV<String, String> r : joined.getAll(NEAR)) {
          representativeOf.put(r.getKey(), r.getValue());
        }
      }
      for (KV<String, Article> a : joined.getAll(ARTICLE)) {
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
        out.accept(builder.setStoryId(story).build());
      }
    }
  }

  private static final class SetStoryFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final StorySetter setter;

    SetStoryFn(boolean applyNear) {
      this.setter = new StorySetter(applyNear);
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Article> out) {
      setter.set(joined.getValue(), out::output);
    }
  }

  private static final class SetStoryGroupFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, Iterable<Article>>> {
    private final StorySetter setter;

    SetStoryGroupFn(boolean applyNear) {
      this.setter = new StorySetter(applyNear);
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<Integer, Iterable<Article>>> out) {
      List<Article> articles = new ArrayList<>();
      setter.set(joined.getValue(), articles::add);
      if (!articles.isEmpty()) {
        out.output(KV.of(joined.getKey(), articles));
      }
    }
  }
}
