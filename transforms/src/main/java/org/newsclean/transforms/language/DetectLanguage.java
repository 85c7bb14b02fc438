package org.newsclean.transforms.language;

import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;

/**
 * Sets {@code language} (ISO 639-1, or {@code und} under the confidence threshold) and {@code
 * language_confidence} on every article, with Tika's language detector ({@link LanguageIdentifier})
 * run on a bounded sample of the text. Counts documents per language.
 */
public final class DetectLanguage extends PTransform<PCollection<Article>, PCollection<Article>> {
  private final double minConfidence;
  private final int sampleChars;

  private DetectLanguage(double minConfidence, int sampleChars) {
    this.minConfidence = minConfidence;
    this.sampleChars = sampleChars;
  }

  public static DetectLanguage withThreshold(double minConfidence, int sampleChars) {
    return new DetectLanguage(minConfidence, sampleChars);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("Detect", ParDo.of(new DetectFn(minConfidence, sampleChars))).setCoder(articles.getCoder());
  }

  private static final class DetectFn extends DoFn<Article, Article> {
    private final double minConfidence;
    private final int sampleChars;
    private transient LanguageIdentifier identifier;

    DetectFn(double minConfidence, int sampleChars) {
      this.minConfidence = minConfidence;
      this.sampleChars = sampleChars;
    }

    @Setup
    public void setup() {
      identifier = LanguageIdentifier.create(minConfidence, sampleChars);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      LanguageGuess guess = identifier.detect(article.getText());
      Metrics.counter(DetectLanguage.class, "language_" + guess.language()).inc();
      out.output(
          article.toBuilder()
              .setLanguage(guess.language())
              .setLanguageConfidence(guess.recordedConfidence())
              .build());
    }
  }
}
