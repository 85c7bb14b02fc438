package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Proper-noun tags from Apache OpenNLP's pretrained part-of-speech models (Universal Dependencies
 * tag set, Maven artifacts {@code org.apache.opennlp:opennlp-models-pos-<lang>}), for the languages
 * that ship one on the class path: a capitalised word is a name candidate when the tagger calls it
 * {@code PROPN} (or {@code X}, foreign material). Used where capitalisation alone says little
 * (German capitalises every noun).
 *
 * <p>Decoded by {@link GreedyPosTagger} (OpenNLP's greedy tags, without its feature strings and search) when
 * the model is a GIS model with the default feature descriptor, else by OpenNLP's {@code POSTaggerME}.
 *
 * <p>Thread-safe: each model is loaded once per JVM; each thread has its own tagger over it.
 */
final class ProperNouns {
  /** language -> model resource on the class path (root of the model jars). */
  private static final Map<String, String> MODELS = Map.of(
      "de", "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
      "en", "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      "fr", "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin");

  private static final Map<String, ProperNouns> BY_LANG = new ConcurrentHashMap<>();
  private static final ProperNouns NONE = new ProperNouns(null);

  private final ThreadLocal<POSTaggerME> tagger;
  /** OpenNLP's greedy decoding evaluated without its feature strings (same tags), or null: OpenNLP's tagger. */
  private final GreedyPosTagger greedy;

  private ProperNouns(POSModel model) {
    this(model, null);
  }

  private ProperNouns(POSModel model, GreedyPosTagger greedy) {
    this.tagger = model == null ? null : ThreadLocal.withInitial(() -> new POSTaggerME(model));
    this.greedy = greedy;
  }

  /** The tagger of a language, or null when no model for it is on the class path. */
  static ProperNouns forLanguage(String lang) {
    if (!MODELS.containsKey(lang)) {
      return null;
    }
    ProperNouns p = BY_LANG.computeIfAbsent(lang, ProperNouns::load);
    return p == NONE ? null : p;
  }

  private static ProperNouns load(String lang) {
    try (InputStream in = ProperNouns.class.getResourceAsStream(MODELS.get(lang))) {
      if (in == null) {
        return NONE;
      }
      POSModel shipped = new POSModel(in);
      // greedy decoding (beam 1) instead of the model's beam of 3: a third of the cost, and the
      // PROPN decisions are what matters here, not the best full tag sequence
      Object maxent = shipped.getArtifact("pos.model");
      if (maxent instanceof MaxentModel mm) {
        Object descriptor = shipped.getArtifact("generator.featuregen");
        if (descriptor instanceof byte[] bytes && shipped.getFactory().getTagDictionary() == null) {
          // the same features, each token's lower case and class computed once (PosFeatures)
          POSModel greedyModel = new POSModel(shipped.getLanguage(), mm, 1, null, PosFeatures.factory(bytes));
          ProperNouns p = new ProperNouns(greedyModel);
          if (PosFeatures.DEFAULT_DESCRIPTOR_SHA256.equals(PosFeatures.sha256(bytes))) {
            // the same decoding without feature strings or OpenNLP's search (GreedyPosTagger)
            GreedyPosTagger g = GreedyPosTagger.of(mm);
            if (g != null && g.agreesWith(p.tagger())) {
              return new ProperNouns(greedyModel, g);
            }
          }
          return p;
        }
        return new ProperNouns(new POSModel(shipped.getLanguage(), mm, 1, null, shipped.getFactory()));
      }
      return new ProperNouns(shipped);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This thread's OpenNLP tagger (for tests, and where {@link #greedy} leaves the decision to it). */
  POSTaggerME tagger() {
    return tagger.get();
  }

  /** The decoder used before OpenNLP's tagger, or null (for tests). */
  GreedyPosTagger greedy() {
    return greedy;
  }

  /** A new memo of words' features for {@link #tag(String[], GreedyPosTagger.Memo)}, or null when not decoded by {@link #greedy}. */
  GreedyPosTagger.Memo newMemo(int capacity) {
    return greedy == null ? null : greedy.newMemo(capacity);
  }

  /** The tags of one sentence (the same as OpenNLP's greedy tagger's). */
  String[] tags(String[] tokens) {
    return tags(tokens, null);
  }

  private String[] tags(String[] tokens, GreedyPosTagger.Memo memo) {
    String[] tags = greedy == null ? null : greedy.tag(tokens, memo);
    return tags != null ? tags : tagger.get().tag(tokens);
  }

  /** For each token of one sentence: is it a proper noun (PROPN) or foreign material (X)? */
  boolean[] tag(String[] tokens) {
    return tag(tokens, null);
  }

  /** {@link #tag(String[])} with a memo of words' features from {@link #newMemo} (or null); the same result. */
  boolean[] tag(String[] tokens, GreedyPosTagger.Memo memo) {
    String[] tags = tags(tokens, memo);
    boolean[] out = new boolean[tokens.length];
    for (int i = 0; i < tags.length; i++) {
      out[i] = "PROPN".equals(tags[i]) || "X".equals(tags[i]);
    }
    return out;
  }
}
