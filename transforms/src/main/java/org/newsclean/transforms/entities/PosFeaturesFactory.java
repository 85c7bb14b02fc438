package org.newsclean.transforms.entities;

import java.util.Map;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;

/**
 * A POS tagger factory whose context generator is {@link PosFeatures} when the model's feature descriptor is
 * the default one, else OpenNLP's. Public, top-level, with a no-argument constructor: OpenNLP creates a
 * model's factory again by its class name.
 */
public final class PosFeaturesFactory extends POSTaggerFactory {
  public PosFeaturesFactory() {}

  PosFeaturesFactory(byte[] descriptor) {
    super(descriptor, Map.of(), null);
  }

  private boolean known() {
    byte[] descriptor = getFeatureGenerator();
    if (descriptor == null && artifactProvider != null) {
      descriptor = artifactProvider.getArtifact("generator.featuregen"); // the factory OpenNLP created by name
    }
    return descriptor != null && PosFeatures.DEFAULT_DESCRIPTOR_SHA256.equals(PosFeatures.sha256(descriptor));
  }

  @Override
  public POSContextGenerator getPOSContextGenerator(int cacheSize) {
    return known() ? new PosFeatures() : super.getPOSContextGenerator(cacheSize);
  }

  @Override
  public POSContextGenerator getPOSContextGenerator() {
    return known() ? new PosFeatures() : super.getPOSContextGenerator();
  }
}
