package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.MentionRef;

/**
 * Finds entity mentions in every article ({@link EntityExtractor}: the shipped catalog, plus an
 * optional user catalog, plus discovery of unknown names) and fills {@code mentions} and the
 * per-document entity summary {@code entities}.
 */
public final class ExtractEntities extends PTransform<PCollection<Article>, PCollection<Article>> {
  private final String userCatalog;

  private ExtractEntities(String userCatalog) {
    this.userCatalog = userCatalog;
  }

  /** The shipped catalog only. */
  public static ExtractEntities withDefaultCatalog() {
    return new ExtractEntities("");
  }

  /** The shipped catalog merged with the user's catalog file (same format); empty path = none. */
  public static ExtractEntities withUserCatalog(String path) {
    return new ExtractEntities(path == null ? "" : path);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("Extract", ParDo.of(new ExtractFn(userCatalog))).setCoder(articles.getCoder());
  }

  /** One extractor per JVM and catalog file, shared by every thread (the extractor is immutable). */
  static EntityExtractor extractorFor(String userCatalog) {
    return Extractors.BY_CATALOG.computeIfAbsent(userCatalog, ExtractEntities::build);
  }

  private static EntityExtractor build(String userCatalog) {
    EntityCatalog catalog = EntityCatalog.loadDefault();
    if (!userCatalog.isEmpty()) {
      try {
        catalog = catalog.merge(EntityCatalog.load(Path.of(userCatalog)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read entity catalog " + userCatalog, e);
      }
    }
    return new EntityExtractor(catalog);
  }

  private static final class Extractors {
    static final Map<String, EntityExtractor> BY_CATALOG = new ConcurrentHashMap<>();
  }

  private static final class ExtractFn extends DoFn<Article, Article> {
    private final Counter mentionCount = Metrics.counter(ExtractEntities.class, "mentions");
    private final String userCatalog;
    private transient EntityExtractor extractor;

    ExtractFn(String userCatalog) {
      this.userCatalog = userCatalog;
    }

    @Setup
    public void setup() {
      extractor = extractorFor(userCatalog);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      String language = article.getLanguage() == null ? "und" : article.getLanguage();
      List<Mention> mentions = extractor.extract(article.getText(), language);
      List<MentionRef> refs = new ArrayList<>(mentions.size());
      for (Mention m : mentions) {
        refs.add(MentionRef.create(m.entityId(), m.name(), m.type().name(), m.surface(), m.start(), m.end()));
      }
      mentionCount.inc(refs.size());
      out.output(
          article.toBuilder().withMentions(refs).withEntities(EntityAggregator.summarize(mentions)).build());
    }
  }
}
