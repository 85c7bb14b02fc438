package org.newsclean.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.ArticleStage;
import org.newsclean.transforms.records.ArticleCoder;
import org.newsclean.transforms.records.Rejected;

/**
 * Matches the input files and parses each with {@link ArticleParser}. Main output: one {@link
 * Article} per readable file, holding the raw extracted text; failure output: one {@link Rejected}
 * per file that could not be read, with stage {@code read}. With {@link #followedBy} a per-article stage
 * (boilerplate stripping, in the pipeline) runs on each article as it is read, and its rejections join the
 * failure output.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final String STAGE = "read";
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  private final String filepattern;
  private final ArticleParser.Limits limits;
  private final ArticleStage then;

  private ReadArticles(String filepattern, ArticleParser.Limits limits, ArticleStage then) {
    this.filepattern = filepattern;
    this.limits = limits;
    this.then = then;
  }

  /** Reads every file matching the Beam file pattern (a glob on any Beam file system). */
  public static ReadArticles from(String filepattern) {
    return new ReadArticles(filepattern, ArticleParser.Limits.defaults(), null);
  }

  public ReadArticles withLimits(ArticleParser.Limits limits) {
    return new ReadArticles(filepattern, limits, then);
  }

  /**
   * Runs {@code stage} on each article right after it is read: the main output holds the articles the stage
   * keeps, and the failure output both the files that could not be read and the articles the stage rejects
   * (with the stage's own stage name). The same records as applying the stage's transform to the main output,
   * with one output split instead of two.
   */
  public ReadArticles followedBy(ArticleStage stage) {
    return new ReadArticles(filepattern, limits, stage);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollection<FileIO.ReadableFile> files =
        input
            .apply("MatchFiles", FileIO.match().filepattern(filepattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("OpenFiles", FileIO.readMatches().withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP));
    PCollectionTuple parsed =
        files.apply(
            "ParseWithTika",
            ParDo.of(new ParseFn(limits.maxBytes(), limits.maxChars(), limits.timeout().toMillis(), then))
                .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    // the hand-written coder, which every later stage keeps (they set their output coder to their input's)
    parsed.get(ARTICLES).setCoder(ArticleCoder.of());
    return parsed;
  }

  private static final class ParseFn extends DoFn<FileIO.ReadableFile, Article> {
    private final Counter matched = Metrics.counter(ReadArticles.class, "files_matched");
    private final Counter parsedOk = Metrics.counter(ReadArticles.class, "files_parsed");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "files_rejected");
    private final long maxBytes;
    private final int maxChars;
    private final long timeoutMillis;
    private final ArticleStage then;
    private transient ArticleParser parser;

    ParseFn(long maxBytes, int maxChars, long timeoutMillis, ArticleStage then) {
      this.maxBytes = maxBytes;
      this.maxChars = maxChars;
      this.timeoutMillis = timeoutMillis;
      this.then = then;
    }

    @Setup
    public void setup() {
      parser = new ArticleParser(new ArticleParser.Limits(maxBytes, maxChars, java.time.Duration.ofMillis(timeoutMillis)));
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      matched.inc();
      MatchResult.Metadata metadata = file.getMetadata();
      String source = metadata.resourceId().toString();
      ArticleParser.Outcome outcome =
          parser.parse(metadata.resourceId().getFilename(), metadata.sizeBytes(), () -> open(file));
      if (outcome instanceof ArticleParser.Parsed ok) {
        parsedOk.inc();
        Article article = Article.read(source, ok.contentType(), ok.title(), ok.text());
        if (then == null) {
          out.get(ARTICLES).output(article);
        } else {
          ArticleStage.Result result = then.apply(article);
          if (result.kept() != null) {
            out.get(ARTICLES).output(result.kept());
          } else {
            out.get(REJECTED).output(result.rejected());
          }
        }
      } else {
        ArticleParser.Failure failure = (ArticleParser.Failure) outcome;
        rejected.inc();
        Metrics.counter(ReadArticles.class, "rejected_" + failure.reason()).inc();
        out.get(REJECTED).output(Rejected.create(source, STAGE, failure.reason(), failure.detail()));
      }
    }

    private static InputStream open(FileIO.ReadableFile file) throws IOException {
      return Channels.newInputStream(file.open());
    }
  }
}
