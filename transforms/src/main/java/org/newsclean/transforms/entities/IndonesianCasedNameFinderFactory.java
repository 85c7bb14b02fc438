package org.newsclean.transforms.entities;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The features of the cased Indonesian name finder ({@link IndonesianNames#cased}): those of
 * {@link IndonesianNameFinderFactory}, with the rule-only extractor's names ({@link EntityExtractor#rulesOnly}) as
 * the rules' reading of the sentence. OpenNLP instantiates this class by name when the model is loaded.
 */
public class IndonesianCasedNameFinderFactory extends IndonesianNameFinderFactory {

  public IndonesianCasedNameFinderFactory() {}

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new IndonesianNameFeatures(true);
  }
}
