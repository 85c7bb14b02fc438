package org.newsclean.transforms.entities;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The features of the Indonesian lower-case name finder ({@link IndonesianNames}), all made by
 * {@link IndonesianNameFeatures}: OpenNLP's default name-finder features without the adaptive
 * previous-map one (its output would depend on the sentences seen before), plus the shipped word
 * lists' classes and the hand-written rules' reading of each word and its neighbours. The trained model stores this class's name; OpenNLP instantiates
 * it when the model is loaded, so it must keep a public no-argument constructor.
 */
public class IndonesianNameFinderFactory extends TokenNameFinderFactory {

  public IndonesianNameFinderFactory() {}

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new IndonesianNameFeatures();
  }
}
