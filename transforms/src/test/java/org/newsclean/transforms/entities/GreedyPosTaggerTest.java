package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link GreedyPosTagger} gives OpenNLP's greedy tags (POSTaggerME, beam 1, OpenNLP's own feature generator). */
class GreedyPosTaggerTest {
  private static final String ODD_CHARS = "aeiouAEIOUäöüÄÖÜßéÉçñ0123456789-.,'’/&@#%€$()\"„“«»:;!?_+*=ıİ\u00ad\u0301";

  /** The seeds' sentences, and random ones: seed words shuffled, re-cased, cut and mixed with odd strings. */
  private static List<String[]> sentences(int random) throws IOException {
    List<String[]> out = new ArrayList<>(PosFeaturesTest.sentences());
    List<String> vocabulary = new ArrayList<>();
    for (String[] s : out) {
      vocabulary.addAll(Arrays.asList(s));
    }
    Random r = new Random(11);
    for (int k = 0; k < random; k++) {
      String[] tokens = new String[1 + r.nextInt(k % 10 == 0 ? 120 : 40)];
      for (int i = 0; i < tokens.length; i++) {
        String w = vocabulary.get(r.nextInt(vocabulary.size()));
        switch (r.nextInt(10)) {
          case 0 -> w = w.toUpperCase(Locale.ROOT);
          case 1 -> w = w.toLowerCase(Locale.ROOT);
          case 2 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
          case 3 -> w = w.substring(0, r.nextInt(w.length() + 1));
          case 4 -> {
            StringBuilder b = new StringBuilder();
            for (int c = 1 + r.nextInt(8); c > 0; c--) {
              b.append(ODD_CHARS.charAt(r.nextInt(ODD_CHARS.length())));
            }
            w = b.toString();
          }
          default -> { }
        }
        tokens[i] = w;
      }
      out.add(tokens);
    }
    return out;
  }

  private static POSTaggerME reference(POSModel model) {
    MaxentModel maxent = model.getArtifact("pos.model");
    return new POSTaggerME(new POSModel(model.getLanguage(), maxent, 1, null, model.getFactory()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"de"}) // the tagged languages (lexicon pos_tagger); add a language here with its model
  void sameTagsAsOpenNlpsGreedyTagger(String lang) throws IOException {
    POSModel model = PosFeaturesTest.shipped(lang);
    POSTaggerME reference = reference(model);
    GreedyPosTagger ours = GreedyPosTagger.of(model.getArtifact("pos.model"));
    assertNotNull(ours, "the shipped model is a GIS model this decoder evaluates");
    Set<String> seen = new HashSet<>();
    int tokens = 0;
    for (String[] sentence : sentences(4000)) {
      String[] expected = reference.tag(sentence);
      assertArrayEquals(expected, ours.tag(sentence), () -> lang + ": " + Arrays.toString(sentence));
      tokens += sentence.length;
      seen.addAll(Arrays.asList(expected));
    }
    assertTrue(tokens > 50_000, "compared " + tokens + " tokens");
    assertTrue(seen.contains("PROPN") && seen.contains("NOUN") && seen.size() >= 12, "tags seen: " + seen);
  }

  /**
   * The quick decisions (each word's sum, OpenNLP's order only near ties, probabilities only at ties) are
   * those of summing every position in OpenNLP's order and comparing its probabilities.
   */
  @Test
  void shortcutChoosesWhatTheProbabilitiesChoose() throws IOException {
    GreedyPosTagger ours = GreedyPosTagger.of(PosFeaturesTest.shipped("de").getArtifact("pos.model"));
    for (String[] sentence : sentences(1000)) {
      assertArrayEquals(ours.decode(sentence, true), ours.decode(sentence, false), () -> Arrays.toString(sentence));
    }
  }

  /** A memo of words changes nothing, whatever it already holds: the same tags in any order of the sentences. */
  @Test
  void memoChangesNoTag() throws IOException {
    GreedyPosTagger ours = GreedyPosTagger.of(PosFeaturesTest.shipped("de").getArtifact("pos.model"));
    List<String[]> sentences = sentences(500);
    GreedyPosTagger.Memo memo = ours.newMemo(100_000);
    GreedyPosTagger.Memo small = ours.newMemo(50);
    for (String[] sentence : sentences) {
      assertArrayEquals(ours.tag(sentence), ours.tag(sentence, memo), () -> Arrays.toString(sentence));
    }
    assertTrue(memo.size() > 1000, "memo words " + memo.size());
    List<String[]> reversed = new ArrayList<>(sentences);
    java.util.Collections.reverse(reversed);
    for (String[] sentence : reversed) {
      assertArrayEquals(ours.tag(sentence), ours.tag(sentence, memo), () -> Arrays.toString(sentence));
      assertArrayEquals(ours.tag(sentence), ours.tag(sentence, small), () -> Arrays.toString(sentence));
    }
    assertEquals(50, small.size());
    GreedyPosTagger other = GreedyPosTagger.of(PosFeaturesTest.shipped("de").getArtifact("pos.model"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> other.tag(new String[] {"a"}, memo));
  }

  @Test
  void properNounsUseItAndKeepOpenNlpsTags() throws IOException {
    ProperNouns de = ProperNouns.forLanguage("de");
    assertNotNull(de.greedy(), "German proper nouns are decoded by GreedyPosTagger");
    POSTaggerME reference = reference(PosFeaturesTest.shipped("de"));
    GreedyPosTagger.Memo memo = de.newMemo(1000);
    for (String[] sentence : sentences(200)) {
      String[] expected = reference.tag(sentence);
      assertArrayEquals(expected, de.tags(sentence), () -> Arrays.toString(sentence));
      boolean[] propn = de.tag(sentence, memo);
      for (int i = 0; i < sentence.length; i++) {
        assertEquals("PROPN".equals(expected[i]) || "X".equals(expected[i]), propn[i], sentence[i]);
      }
    }
  }

  @Test
  void tooLongForTheShortcutGoesToOpenNlp() throws IOException {
    GreedyPosTagger ours = GreedyPosTagger.of(PosFeaturesTest.shipped("de").getArtifact("pos.model"));
    String[] longSentence = new String[20_000];
    Arrays.fill(longSentence, "Haus");
    assertEquals(null, ours.tag(longSentence));
    ProperNouns de = ProperNouns.forLanguage("de");
    assertEquals(20_000, de.tag(longSentence).length);
  }

  @Test
  void lowerCaseIsOpenNlps() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      all.append(c);
    }
    String bmp = all.toString();
    for (int i = 0; i < bmp.length(); i += 64) {
      String part = bmp.substring(i, Math.min(bmp.length(), i + 64));
      assertEquals(opennlp.tools.util.StringUtil.toLowerCase(part), GreedyPosTagger.lowerCase(part), "chars from " + i);
    }
    Random r = new Random(5);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int c = r.nextInt(10); c >= 0; c--) {
        b.appendCodePoint(r.nextInt(4) == 0 ? r.nextInt(0x110000) : r.nextInt(0x250));
      }
      String w = b.toString();
      assertEquals(opennlp.tools.util.StringUtil.toLowerCase(w), GreedyPosTagger.lowerCase(w), w);
    }
  }

  @Test
  void predicateTableFindsStringsByTheirParts() {
    Random r = new Random(3);
    List<String> keys = new ArrayList<>();
    Set<String> unique = new HashSet<>();
    while (keys.size() < 5000) {
      StringBuilder b = new StringBuilder(r.nextBoolean() ? "suf=" : "w&c=");
      for (int c = r.nextInt(6); c >= 0; c--) {
        b.append(ODD_CHARS.charAt(r.nextInt(ODD_CHARS.length())));
      }
      if (unique.add(b.toString())) {
        keys.add(b.toString());
      }
    }
    int[] ids = new int[keys.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 7 * i;
    }
    GreedyPosTagger.PredicateTable table = new GreedyPosTagger.PredicateTable(keys.toArray(String[]::new), ids);
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      assertEquals(7 * i, table.find(k));
      String tail = "xx" + k.substring(4) + "yy";
      assertEquals(7 * i, table.find(k.substring(0, 4), tail, 2, tail.length() - 2));
      int comma = k.indexOf(',', 4);
      if (comma > 0) {
        assertEquals(7 * i, table.find(k.substring(0, 4), k.substring(4, comma), ',', k.substring(comma + 1)));
      }
      assertEquals(-1, table.find(k + "z"));
      assertEquals(-1, table.find(k.substring(0, 4), tail, 1, tail.length() - 2));
    }
  }
}
