package org.newsclean.transforms.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.newsclean.transforms.records.Article;

/**
 * Marks near-duplicate documents: MinHash signatures over shingles ({@link MinHash}, {@link Shingles}), LSH
 * band keys grouped with a {@code GroupByKey} (documents meet only when a band is equal, never all pairs),
 * candidate pairs verified on the estimated Jaccard ({@code >= threshold}), clusters as connected components
 * of the verified pairs ({@link ConnectComponents}), and in each cluster every member but the representative
 * (longest text, then smallest {@code doc_id}: {@link NearDuplicates#rankKey}) gets {@code near_duplicate_of}
 * = the representative's {@code doc_id}. Input documents must have their {@code doc_id} (after
 * {@link Deduplicate}); every input comes out once. Every GroupByKey is on {@link KeyRanges}.
 */
public final class MarkNearDuplicates extends PTransform<PCollection<Article>, PCollection<Article>> {
  /** Default label-propagation rounds. */
  public static final int DEFAULT_ROUNDS = ConnectComponents.DEFAULT_ROUNDS;

  private static final TupleTag<KV<String, byte[]>> SIGNATURE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> PAIR = new TupleTag<>() {};
  private static final TupleTag<KV<String, KV<String, byte[]>>> PARTNER_SIGNATURE = new TupleTag<>() {};
  private static final TupleTag<KV<String, Article>> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> REPRESENTATIVE = new TupleTag<>() {};

  private final MinHash.Settings settings;
  private final int rounds;
  private final KeyRanges ranges;
  private final PCollection<String> earlier;

  private MarkNearDuplicates(MinHash.Settings settings, int rounds, KeyRanges ranges, PCollection<String> earlier) {
    this.settings = settings;
    this.rounds = rounds;
    this.ranges = ranges;
    this.earlier = earlier;
  }

  public static MarkNearDuplicates withSettings(MinHash.Settings settings) {
    return new MarkNearDuplicates(settings, DEFAULT_ROUNDS, new KeyRanges(KeyRanges.DEFAULT), null);
  }

  public MarkNearDuplicates withRounds(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1");
    }
    return new MarkNearDuplicates(settings, rounds, ranges, earlier);
  }

  public MarkNearDuplicates withKeyRanges(int count) {
    return new MarkNearDuplicates(settings, rounds, new KeyRanges(count), earlier);
  }

  /**
   * Also compares with the documents of earlier runs ({@link SeenDocument} lines of {@code --stateDir}): they
   * rank before every document of this run, so a near-copy of an earlier document points at it; they are not
   * emitted. Their signatures must have been made with the same settings.
   */
  public MarkNearDuplicates withEarlierRuns(PCollection<String> seenLines) {
    return new MarkNearDuplicates(settings, rounds, ranges, seenLines);
  }

  /**
   * Only the verdicts, not the marked articles: one {@code KV(doc_id, representative's doc_id)} per near-duplicate
   * (none for representatives and documents alone), for a later join that applies them ({@link
   * ClusterStories#withNearDuplicates}), so that full articles are not shuffled for this join of their own.
   */
  public FindNearDuplicates verdictsOnly() {
    return new FindNearDuplicates(this);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    PCollection<KV<Integer, KV<String, String>>> representativeOf = representativesOf(articles);
    PCollection<KV<Integer, KV<String, Article>>> byDocId =
        articles
            .apply("KeyByDocId", ParDo.of(new KeyByDocIdFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), articles.getCoder())));
    return KeyedPCollectionTuple.of(ARTICLE, byDocId)
        .and(REPRESENTATIVE, representativeOf)
        .apply("JoinRepresentatives", CoGroupByKey.create())
        .apply("Mark", ParDo.of(new MarkFn()))
        .setCoder(articles.getCoder());
  }

  /**
   * {@code KV(key range of doc_id, KV(doc_id, representative))} for every near-duplicate of this run; a representative
   * of an earlier run is marked with a leading {@code '<'}.
   */
  PCollection<KV<Integer, KV<String, String>>> representativesOf(PCollection<Article> articles) {
    Coder<KV<String, byte[]>> sigCoder = KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of());
    Coder<KV<String, String>> pairCoder = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
    PCollection<KV<Integer, KV<String, byte[]>>> signatures =
        articles
            .apply("Sign", ParDo.of(new SignFn(settings, ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), sigCoder));
    if (earlier != null) {
      PCollection<KV<Integer, KV<String, byte[]>>> earlierSignatures =
          earlier
              .apply("EarlierSignatures", ParDo.of(new EarlierSignatureFn(settings, ranges)))
              .setCoder(KvCoder.of(VarIntCoder.of(), sigCoder));
      signatures =
          org.apache.beam.sdk.values.PCollectionList.of(signatures)
              .and(earlierSignatures)
              .apply("WithEarlierRuns", org.apache.beam.sdk.transforms.Flatten.pCollections());
    }

    PCollection<KV<Integer, KV<String, String>>> candidates =
        signatures
            .apply("BandKeys", ParDo.of(new BandKeysFn(settings, ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))
            .apply("GroupBands", GroupByKey.create())
            .apply("PairBuckets", ParDo.of(new PairBucketsFn(MarkNearDuplicates.class, ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), pairCoder));

    PCollection<KV<Integer, KV<String, KV<String, byte[]>>>> withFirst =
        KeyedPCollectionTuple.of(SIGNATURE, signatures)
            .and(PAIR, candidates)
            .apply("JoinFirst", CoGroupByKey.create())
            .apply("AttachFirst", ParDo.of(new AttachFirstFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), sigCoder)));
    PCollection<KV<String, String>> edges =
        KeyedPCollectionTuple.of(SIGNATURE, signatures)
            .and(PARTNER_SIGNATURE, withFirst)
            .apply("JoinSecond", CoGroupByKey.create())
            .apply("Verify", ParDo.of(new VerifyFn(settings.threshold())))
            .setCoder(pairCoder);

    PCollection<KV<String, String>> labels =
        edges.apply("ConnectComponents", ConnectComponents.withRounds(rounds, ranges.count()));

    return labels.apply("ToDocIds", ParDo.of(new MembersFn(ranges))).setCoder(KvCoder.of(VarIntCoder.of(), pairCoder));
  }

  private static Map<String, byte[]> signaturesOf(CoGbkResult joined) {
    Map<String, byte[]> map = new HashMap<>();
    for (KV<String, byte[]> s : joined.getAll(SIGNATURE)) {
      map.put(s.getKey(), s.getValue());
    }
    return map;
  }

  private static final class SignFn extends DoFn<Article, KV<Integer, KV<String, byte[]>>> {
    private final MinHash.Settings settings;
    private final KeyRanges ranges;
    private final Counter signed = Metrics.counter(MarkNearDuplicates.class, "signed");
    private final Counter unsigned = Metrics.counter(MarkNearDuplicates.class, "without_tokens");
    private transient MinHash minHash;

    SignFn(MinHash.Settings settings, KeyRanges ranges) {
      this.settings = settings;
      this.ranges = ranges;
    }

    @Setup
    public void setup() {
      minHash = new MinHash(settings);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, KV<String, byte[]>>> out) {
      long[] signature = minHash.signature(article.getText());
      if (signature == null) {
        unsigned.inc();
        return;
      }
      signed.inc();
      String rank = NearDuplicates.rankKey(article.getDocId(), article.getText().length());
      out.output(KV.of(ranges.of(rank), KV.of(rank, MinHash.toBytes(signature))));
    }
  }

  private static final class EarlierSignatureFn extends DoFn<String, KV<Integer, KV<String, byte[]>>> {
    private final MinHash.Settings settings;
    private final KeyRanges ranges;

    EarlierSignatureFn(MinHash.Settings settings, KeyRanges ranges) {
      this.settings = settings;
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<Integer, KV<String, byte[]>>> out) {
      if (line.isBlank()) {
        return;
      }
      SeenDocument seen = SeenDocument.fromJson(line);
      if (seen.signature() == null) {
        return;
      }
      if (!seen.minhash().equals(SeenDocument.settingsTag(settings))) {
        throw new IllegalStateException(
            "the state directory holds signatures made with --dedupShingleSize/--dedupHashes/--dedupBands = "
                + seen.minhash() + ", this run uses " + SeenDocument.settingsTag(settings)
                + ": use the same settings or a new --stateDir");
      }
      String rank = NearDuplicates.earlierRankKey(seen.docId(), seen.textLength());
      out.output(KV.of(ranges.of(rank), KV.of(rank, seen.signature())));
    }
  }

  private static final class BandKeysFn extends DoFn<KV<Integer, KV<String, byte[]>>, KV<Integer, KV<Long, String>>> {
    private final MinHash.Settings settings;
    private final KeyRanges ranges;
    private transient MinHash minHash;

    BandKeysFn(MinHash.Settings settings, KeyRanges ranges) {
      this.settings = settings;
      this.ranges = ranges;
    }

    @Setup
    public void setup() {
      minHash = new MinHash(settings);
    }

    @ProcessElement
    public void process(@Element KV<Integer, KV<String, byte[]>> sketch, OutputReceiver<KV<Integer, KV<Long, String>>> out) {
      String rank = sketch.getValue().getKey();
      for (Long key : minHash.bandKeys(MinHash.fromBytes(sketch.getValue().getValue()))) {
        out.output(KV.of(ranges.of(key), KV.of(key, rank)));
      }
    }
  }

  private static final class AttachFirstFn extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, KV<String, byte[]>>>> {
    private final KeyRanges ranges;

    AttachFirstFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<Integer, KV<String, KV<String, byte[]>>>> out) {
      if (!joined.getValue().getAll(PAIR).iterator().hasNext()) {
        return;
      }
      Map<String, byte[]> signatures = signaturesOf(joined.getValue());
      TreeSet<String> seen = new TreeSet<>(); // the same pair found in several ranges of bands counts once
      for (KV<String, String> pair : joined.getValue().getAll(PAIR)) {
        if (!seen.add(pair.getKey() + "\u0000" + pair.getValue())) {
          continue;
        }
        byte[] first = signatures.get(pair.getKey());
        if (first == null) {
          throw new IllegalStateException("candidate without signature: " + pair.getKey());
        }
        out.output(KV.of(ranges.of(pair.getValue()), KV.of(pair.getValue(), KV.of(pair.getKey(), first))));
      }
    }
  }

  private static final class VerifyFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
    private final double threshold;
    private final Counter verified = Metrics.counter(MarkNearDuplicates.class, "verified_pairs");
    private final Counter refuted = Metrics.counter(MarkNearDuplicates.class, "refuted_pairs");

    VerifyFn(double threshold) {
      this.threshold = threshold;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      if (!joined.getValue().getAll(PARTNER_SIGNATURE).iterator().hasNext()) {
        return;
      }
      Map<String, byte[]> signatures = signaturesOf(joined.getValue());
      TreeSet<String> seen = new TreeSet<>();
      for (KV<String, KV<String, byte[]>> candidate : joined.getValue().getAll(PARTNER_SIGNATURE)) {
        String second = candidate.getKey();
        String first = candidate.getValue().getKey();
        if (!seen.add(first + "\u0000" + second)) {
          continue;
        }
        long[] mine = MinHash.fromBytes(signatures.get(second));
        if (MinHash.estimate(mine, MinHash.fromBytes(candidate.getValue().getValue())) >= threshold) {
          verified.inc();
          out.output(KV.of(first, second));
        } else {
          refuted.inc();
        }
      }
    }
  }

  private static final class MembersFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final KeyRanges ranges;

    MembersFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element KV<String, String> label, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      if (!label.getKey().equals(label.getValue()) && !NearDuplicates.isEarlier(label.getKey())) {
        String docId = NearDuplicates.docIdOf(label.getKey());
        String representative = NearDuplicates.docIdOf(label.getValue());
        // an earlier run's representative is marked with a leading '<', removed when the article is marked
        out.output(KV.of(ranges.of(docId), KV.of(docId, (NearDuplicates.isEarlier(label.getValue()) ? "<" : "") + representative)));
      }
    }
  }

  private static final class MarkFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final Counter representatives = Metrics.counter(MarkNearDuplicates.class, "distinct_documents");
    private final Counter nearDuplicates = Metrics.counter(MarkNearDuplicates.class, "near_duplicates");
    private final Counter ofEarlier = Metrics.counter(MarkNearDuplicates.class, "near_duplicates_of_earlier_runs");

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Article> out) {
      Map<String, String> representativeOf = new HashMap<>();
      for (KV<String, String> r : joined.getValue().getAll(REPRESENTATIVE)) {
        representativeOf.put(r.getKey(), r.getValue());
      }
      for (KV<String, Article> a : joined.getValue().getAll(ARTICLE)) {
        String representative = representativeOf.get(a.getKey());
        if (representative == null) {
          representatives.inc();
          out.output(a.getValue());
        } else {
          nearDuplicates.inc();
          if (representative.startsWith("<")) {
            ofEarlier.inc();
            representative = representative.substring(1);
          }
          out.output(a.getValue().toBuilder().setNearDuplicateOf(representative).build());
        }
      }
    }
  }

}
