package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * A statistical name finder for Indonesian: an OpenNLP maxent model trained on a training split of IndoNLU (MIT;
 * {@code TrainIndonesianNames}, provenance in {@code id/README.md}), NERP's for lower-case text ({@link #shipped}),
 * NERGrit's for cased text ({@link #cased}), with the features of {@link IndonesianNameFinderFactory}. Thread-safe: one
 * {@link NameFinderME} per thread over the shared immutable model; the finder keeps no adaptive data
 * between sentences, so a sentence's names never depend on what was read before it.
 */
final class IndonesianNames {
  static final String RESOURCE = "id/names-nerp.bin";
  static final String CASED_RESOURCE = "id/names-nergrit.bin";

  private static final class Holder {
    static final IndonesianNames INSTANCE = load(RESOURCE, "newsclean.idNames");
  }

  private static final class CasedHolder {
    static final IndonesianNames INSTANCE = load(CASED_RESOURCE, "newsclean.idCasedNames");
  }

  private final ThreadLocal<NameFinderME> finder;

  private IndonesianNames(TokenNameFinderModel model) {
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The shipped model of lower-case text (NERP). */
  static IndonesianNames shipped() {
    return Holder.INSTANCE;
  }

  /** The shipped model of cased text (NERGrit). */
  static IndonesianNames cased() {
    return CasedHolder.INSTANCE;
  }

  /** The model of {@code resource}, or of the file the system property {@code override} names (to score a new model). */
  private static IndonesianNames load(String resource, String override) {
    ExtensionLoader.registerAllowedPackage(IndonesianNameFinderFactory.class.getPackageName());
    String file = System.getProperty(override);
    try (InputStream in = file != null ? Files.newInputStream(Path.of(file))
        : IndonesianNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new IndonesianNames(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of one sentence of words: spans over {@code words}, typed by {@link EntityType} names. */
  Span[] find(String[] words) {
    return find(words, null);
  }

  /** As {@link #find(String[])}, with the rules' tag of each word from the whole document ({@code null}: the sentence's). */
  Span[] find(String[] words, String[] documentRules) {
    NameFinderME f = finder.get();
    IndonesianNameFeatures.DOCUMENT_RULES.set(documentRules);
    try {
      Span[] spans = f.find(words);
      f.clearAdaptiveData();
      return spans;
    } finally {
      IndonesianNameFeatures.DOCUMENT_RULES.remove();
    }
  }
}
