package org.newsclean.transforms.dedup;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;

/** The {@link SeenDocument} JSON line of every emitted document, for the next run's {@code --stateDir}. */
public final class RecordSeenDocuments extends PTransform<PCollection<Article>, PCollection<String>> {
  private final MinHash.Settings settings;

  private RecordSeenDocuments(MinHash.Settings settings) {
    this.settings = settings;
  }

  public static RecordSeenDocuments withSettings(MinHash.Settings settings) {
    return new RecordSeenDocuments(settings);
  }

  @Override
  public PCollection<String> expand(PCollection<Article> documents) {
    return documents.apply("ToStateLines", ParDo.of(new LineFn(settings)));
  }

  private static final class LineFn extends DoFn<Article, String> {
    private final MinHash.Settings settings;
    private transient MinHash minHash;

    LineFn(MinHash.Settings settings) {
      this.settings = settings;
    }

    @Setup
    public void setup() {
      minHash = new MinHash(settings);
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<String> out) {
      long[] signature = minHash.signature(a.getText());
      out.output(
          new SeenDocument(a.getDocId(), a.getSource(), a.getText().length(), SeenDocument.settingsTag(settings),
              signature == null ? null : MinHash.toBytes(signature)).toJson());
    }
  }
}
