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
 * The statistical name finder for lower-case Indonesian: an OpenNLP maxent model trained on the
 * training split of IndoNLU's NERP (MIT; {@code TrainIndonesianNames}, provenance in
 * {@code id/README.md}) with the features of {@link IndonesianNameFinderFactory}. Thread-safe: one
 * {@link NameFinderME} per thread over the shared immutable model; the finder keeps no adaptive data
 * between sentences, so a sentence's names never depend on what was read before it.
 */
final class IndonesianNames {
  static final String RESOURCE = "id/names-nerp.bin";

  private static final class Holder {
    static final IndonesianNames INSTANCE = load();
  }

  private final TokenNameFinderModel model;
  private final ThreadLocal<NameFinderME> finder;

  private IndonesianNames(TokenNameFinderModel model) {
    this.model = model;
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The shipped model. */
  static IndonesianNames shipped() {
    return Holder.INSTANCE;
  }

  private static IndonesianNames load() {
    ExtensionLoader.registerAllowedPackage(IndonesianNameFinderFactory.class.getPackageName());
    String override = System.getProperty("newsclean.idNames");
    try (InputStream in = override != null ? Files.newInputStream(Path.of(override))
        : IndonesianNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new IndonesianNames(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of one sentence of lower-case words: spans over {@code words}, typed by {@link EntityType} names. */
  Span[] find(String[] words) {
    NameFinderME f = finder.get();
    Span[] spans = f.find(words);
    f.clearAdaptiveData();
    return spans;
  }
}
