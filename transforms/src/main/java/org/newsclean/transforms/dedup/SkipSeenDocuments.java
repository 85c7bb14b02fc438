package org.newsclean.transforms.dedup;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EarlierDuplicate;

/**
 * Drops documents an earlier run already emitted (same {@code doc_id}, so the same normalised cleaned text),
 * given that run's {@link SeenDocument} lines: each of their files (the source and every duplicate source) comes
 * out as an {@link EarlierDuplicate} pointing at the earlier document; other documents pass unchanged. Counters:
 * {@code seen_documents} (documents dropped) and {@code seen_files} (their files).
 */
public final class SkipSeenDocuments extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> NEW = new TupleTag<>() {};
  public static final TupleTag<EarlierDuplicate> EARLIER = new TupleTag<>() {};

  private static final TupleTag<KV<String, Article>> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> SEEN = new TupleTag<>() {};

  private final PCollection<String> seenLines;
  private final KeyRanges ranges;

  private SkipSeenDocuments(PCollection<String> seenLines, KeyRanges ranges) {
    this.seenLines = seenLines;
    this.ranges = ranges;
  }

  /** {@code seenLines}: the JSON lines of the state directory ({@link SeenDocument}). */
  public static SkipSeenDocuments against(PCollection<String> seenLines) {
    return new SkipSeenDocuments(seenLines, new KeyRanges(KeyRanges.DEFAULT));
  }

  public SkipSeenDocuments withKeyRanges(int count) {
    return new SkipSeenDocuments(seenLines, new KeyRanges(count));
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollection<KV<Integer, KV<String, Article>>> current =
        articles
            .apply("KeyByDocId", ParDo.of(new KeyArticleFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), articles.getCoder())));
    PCollection<KV<Integer, KV<String, String>>> seen =
        seenLines
            .apply("ParseSeen", ParDo.of(new KeySeenFn(ranges)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionTuple out =
        KeyedPCollectionTuple.of(ARTICLE, current)
            .and(SEEN, seen)
            .apply("JoinSeen", CoGroupByKey.create())
            .apply("Skip", ParDo.of(new SkipFn()).withOutputTags(NEW, TupleTagList.of(EARLIER)));
    out.get(NEW).setCoder(articles.getCoder());
    return out;
  }

  private static final class KeyArticleFn extends DoFn<Article, KV<Integer, KV<String, Article>>> {
    private final KeyRanges ranges;

    KeyArticleFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<Integer, KV<String, Article>>> out) {
      out.output(KV.of(ranges.of(a.getDocId()), KV.of(a.getDocId(), a)));
    }
  }

  private static final class KeySeenFn extends DoFn<String, KV<Integer, KV<String, String>>> {
    private final KeyRanges ranges;

    KeySeenFn(KeyRanges ranges) {
      this.ranges = ranges;
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      if (line.isBlank()) {
        return;
      }
      SeenDocument seen = SeenDocument.fromJson(line);
      out.output(KV.of(ranges.of(seen.docId()), KV.of(seen.docId(), seen.source())));
    }
  }

  private static final class SkipFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final Counter seenDocuments = Metrics.counter(SkipSeenDocuments.class, "seen_documents");
    private final Counter seenFiles = Metrics.counter(SkipSeenDocuments.class, "seen_files");

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, MultiOutputReceiver out) {
      Map<String, String> earlierSource = new HashMap<>();
      for (KV<String, String> s : joined.getValue().getAll(SEEN)) {
        // the same content recorded by several runs: keep the smallest source, for a stable answer
        earlierSource.merge(s.getKey(), s.getValue(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
      }
      for (KV<String, Article> a : joined.getValue().getAll(ARTICLE)) {
        String earlier = earlierSource.get(a.getKey());
        if (earlier == null) {
          out.get(NEW).output(a.getValue());
          continue;
        }
        seenDocuments.inc();
        seenFiles.inc(1 + a.getValue().getDuplicateSources().size());
        out.get(EARLIER).output(EarlierDuplicate.create(a.getValue().getSource(), a.getKey(), earlier));
        for (String source : a.getValue().getDuplicateSources()) {
          out.get(EARLIER).output(EarlierDuplicate.create(source, a.getKey(), earlier));
        }
      }
    }
  }
}
