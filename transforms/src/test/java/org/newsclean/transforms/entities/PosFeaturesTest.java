package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PosFeatures} gives OpenNLP's features, hence its tags, for every shipped model. */
class PosFeaturesTest {
  private static final List<String> SENTENCES = List.of(
      "Die Deutsche Bank AG hat am Montag in Frankfurt am Main ihre Zahlen vorgelegt .",
      "Bundeskanzler Olaf Scholz sprach mit Vertretern der IG Metall über die Lage bei Volkswagen .",
      "„ Wir sind zufrieden “ , sagte Anna-Lena Müller von der Universität Heidelberg .",
      "Im Jahr 2023 stieg der Umsatz um 12,5 Prozent auf 3,4 Mrd. Euro .",
      "The European Commission fined Google € 4.3 billion on Wednesday , officials in Brussels said .",
      "O'Neill and McDonald's CEO met at 10:30 a.m. in New York's Times Square .",
      "Le président Emmanuel Macron a reçu à l'Élysée la PDG d'Airbus , Mme Dupont .",
      "« C'est un jour historique » , a déclaré le porte-parole du Quai d'Orsay .",
      "X", "3 , 4 . 5", "ÄÖÜ äöü ß ÉTÉ été 2B2 e-mail www.example.com @user #tag");

  static List<String[]> sentences() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String s : SENTENCES) {
      out.add(s.split(" "));
    }
    try (Stream<Path> seeds = Files.list(Paths.get("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        for (String line : Files.readString(seed, StandardCharsets.UTF_8).split("[.!?\\n]")) {
          String[] tokens = line.trim().split("\\s+");
          if (tokens.length > 0 && !tokens[0].isEmpty()) {
            out.add(tokens);
          }
        }
      }
    }
    return out;
  }

  static POSModel shipped(String lang) throws IOException {
    String resource = switch (lang) {
      case "de" -> "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
      case "en" -> "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
      default -> "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
    };
    try (InputStream in = PosFeaturesTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, "model " + resource + " is not on the class path");
      return new POSModel(in);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"de"}) // the tagged languages (lexicon pos_tagger); add a language here with its model
  void sameFeaturesAsOpenNlpsGenerator(String lang) throws IOException {
    POSModel model = shipped(lang);
    byte[] descriptor = model.getArtifact("generator.featuregen");
    assertEquals(PosFeatures.DEFAULT_DESCRIPTOR_SHA256, PosFeatures.sha256(descriptor), "the shipped model uses the default descriptor");
    POSContextGenerator reference = model.getFactory().getPOSContextGenerator(0);
    POSContextGenerator ours = PosFeatures.factory(descriptor).getPOSContextGenerator(0);
    assertTrue(ours instanceof PosFeatures);
    String[] tagset = {"NOUN", "PROPN", "VERB", "ADP", "DET", "PUNCT", "ADJ", "X"};
    Random random = new Random(7);
    int compared = 0;
    for (String[] tokens : sentences()) {
      String[] prior = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        prior[i] = tagset[random.nextInt(tagset.length)];
      }
      for (int i = 0; i < tokens.length; i++) {
        String[] expected = reference.getContext(i, tokens, prior, null);
        String[] actual = ours.getContext(i, tokens, prior, null);
        int at = i;
        assertArrayEquals(expected, actual, () -> lang + " token " + at + " of " + Arrays.toString(tokens));
        compared++;
      }
    }
    assertTrue(compared > 500, "compared " + compared + " tokens");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de"}) // the tagged languages (lexicon pos_tagger); add a language here with its model
  void sameTagsAsOpenNlpsTagger(String lang) throws IOException {
    POSModel model = shipped(lang);
    MaxentModel maxent = model.getArtifact("pos.model");
    POSTaggerME reference = new POSTaggerME(new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory()));
    ProperNouns ours = ProperNouns.forLanguage(lang);
    try {
      java.lang.reflect.Field cg = POSTaggerME.class.getDeclaredField("cg");
      cg.setAccessible(true);
      assertTrue(cg.get(ours.tagger()) instanceof PosFeatures, "the tagger of ProperNouns builds its features with PosFeatures");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    for (String[] tokens : sentences()) {
      assertArrayEquals(reference.tag(tokens), ours.tagger().tag(tokens), () -> lang + ": " + Arrays.toString(tokens));
    }
  }
}
