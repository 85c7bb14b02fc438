package org.newsclean.transforms.entities;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of OpenNLP's default part-of-speech feature generator descriptor (the one the
 * {@code opennlp-models-pos-*} 1.3 models ship in {@code generator.featuregen}), built with each
 * token's lower-case form and token class computed once per sentence instead of once per feature
 * that needs them (OpenNLP's window generators ask for them up to six times per token, and its
 * lower-casing goes through a stream of code points): building the features was 43% of German entity
 * extraction. The same strings in the same order, so the model's scores are the same doubles and the
 * tags the same ({@code PosFeaturesTest} compares both with OpenNLP's own generator). A model with
 * another descriptor keeps OpenNLP's generator.
 */
final class PosFeatures implements POSContextGenerator {
  /** SHA-256 of the descriptor these features reproduce. */
  static final String DEFAULT_DESCRIPTOR_SHA256 = "d6737d09cec55717e2e10e70be03c5a15a1708d1b35b3017390862e784c40c3a";

  private static final String[] NO_STRINGS = new String[0];

  private String[] tokens;
  private String[] word = NO_STRINGS; // "w=" + lower case
  private String[] lower = NO_STRINGS;
  private String[] tokenClass = NO_STRINGS;

  /** A POS tagger factory over {@code descriptor} whose context generator is this class when the descriptor is the default one. */
  static POSTaggerFactory factory(byte[] descriptor) {
    // OpenNLP instantiates a model's factory again by its class name, from packages it allows
    opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(PosFeaturesFactory.class.getPackageName());
    return new PosFeaturesFactory(descriptor);
  }

  @Override
  public String[] getContext(int index, String[] sequence, String[] priorDecisions, Object[] additionalContext) {
    if (sequence != tokens) {
      prepare(sequence);
    }
    String token = sequence[index];
    int n = sequence.length;
    int len = token.length();
    int affixes = Math.min(4, len);
    String[] f = new String[1 + 2 * affixes + 5 + 3 + 2 + 2];
    int k = 0;
    f[k++] = "def";
    for (int i = 0; i < affixes; i++) {
      f[k++] = "suf=" + token.substring(Math.max(len - i - 1, 0));
    }
    for (int i = 0; i < affixes; i++) {
      f[k++] = "pre=" + token.substring(0, Math.min(i + 1, len));
    }
    f[k++] = word[index];
    for (int i = 1; i <= 2; i++) {
      if (index - i >= 0) {
        f[k++] = "p" + i + word[index - i];
      }
    }
    for (int i = 1; i <= 2; i++) {
      if (index + i < n) {
        f[k++] = "n" + i + word[index + i];
      }
    }
    if (index == 0) {
      f[k++] = "S=begin";
    }
    for (int i = 1; i <= 2; i++) {
      if (index - i == 0) {
        f[k++] = "p" + i + "S=begin";
      }
    }
    f[k++] = "wc=" + tokenClass[index];
    f[k++] = "w&c=" + lower[index] + "," + tokenClass[index];
    if (index >= 1) {
      f[k++] = "t=" + priorDecisions[index - 1];
      if (index >= 2) {
        f[k++] = "t2=" + priorDecisions[index - 2] + "," + priorDecisions[index - 1];
      }
    }
    return k == f.length ? f : Arrays.copyOf(f, k);
  }

  private void prepare(String[] sequence) {
    tokens = sequence;
    int n = sequence.length;
    word = new String[n];
    lower = new String[n];
    tokenClass = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = StringUtil.toLowerCase(sequence[i]);
      word[i] = "w=" + lower[i];
      tokenClass[i] = FeatureGeneratorUtil.tokenFeature(sequence[i]);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
