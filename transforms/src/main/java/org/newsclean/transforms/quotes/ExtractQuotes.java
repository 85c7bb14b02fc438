package org.newsclean.transforms.quotes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.newsclean.transforms.entities.EntityType;
import org.newsclean.transforms.entities.Mention;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.MentionRef;
import org.newsclean.transforms.records.QuoteRef;

/**
 * Finds the direct quotes of every article and their speakers ({@link QuoteExtractor}), using the
 * entity mentions found before to name speakers and link them to their {@code entity_id}. Each quote
 * gets its kind and its {@code quote_id} ({@link QuoteKey}: language and normalised words).
 */
public final class ExtractQuotes extends PTransform<PCollection<Article>, PCollection<Article>> {

  public static ExtractQuotes withDefaultRules() {
    return new ExtractQuotes();
  }

  private ExtractQuotes() {}

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    return articles.apply("Extract", ParDo.of(new ExtractFn())).setCoder(articles.getCoder());
  }

  /** Converts mention records back to the core type. */
  static List<Mention> mentionsOf(Article article) {
    List<Mention> mentions = new ArrayList<>(article.getMentions().size());
    for (MentionRef m : article.getMentions()) {
      mentions.add(new Mention(m.getStart(), m.getEnd(), m.getSurface(), m.getEntityId(), m.getName(), EntityType.valueOf(m.getType())));
    }
    return mentions;
  }

  /** The record form of one quote found in a text of {@code language}. */
  public static QuoteRef toRef(QuoteMatch q, String language) {
    return QuoteRef.create(q.text(), q.speaker(), q.speakerEntityId(), q.start(), q.end(), q.kind().label(),
        q.speakerText(), QuoteKey.id(language, q.text()), q.statementStart(), q.statementEnd());
  }

  private static final class ExtractFn extends DoFn<Article, Article> {
    private static final class Holder {
      static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();
    }

    private final Counter quotes = Metrics.counter(ExtractQuotes.class, "quotes");
    private final Counter attributed = Metrics.counter(ExtractQuotes.class, "quotes_attributed");
    private final Map<QuoteMatch.Kind, Counter> kinds = new EnumMap<>(QuoteMatch.Kind.class);

    ExtractFn() {
      for (QuoteMatch.Kind kind : QuoteMatch.Kind.values()) {
        kinds.put(kind, Metrics.counter(ExtractQuotes.class, "quotes_" + kind.label()));
      }
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Article> out) {
      String language = article.getLanguage() == null ? "und" : article.getLanguage();
      List<QuoteMatch> matches = Holder.EXTRACTOR.extract(article.getText(), language, mentionsOf(article));
      List<QuoteRef> refs = new ArrayList<>(matches.size());
      for (QuoteMatch q : matches) {
        refs.add(toRef(q, language));
        kinds.get(q.kind()).inc();
        if (q.speaker() != null) {
          attributed.inc();
        }
      }
      quotes.inc(refs.size());
      out.output(article.toBuilder().withQuotes(refs).build());
    }
  }
}
