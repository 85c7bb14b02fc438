package org.newsclean.transforms.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.testing.BeamTest;

class MarkNearDuplicatesTest {
  private static String words(SplittableRandom rnd, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("kata").append(rnd.nextInt(100_000)).append(i % 12 == 11 ? ". " : " ");
    }
    return sb.toString().strip();
  }

  private static Article doc(String id, String text) {
    return Article.read("/in/" + id + ".txt", "text/plain", null, text).toBuilder().setDocId(id).build();
  }

  private static Map<String, String> nearDuplicateOf(Iterable<Article> out) {
    Map<String, String> m = new HashMap<>();
    for (Article a : out) {
      m.put(a.getDocId(), a.getNearDuplicateOf() == null ? "-" : a.getNearDuplicateOf());
    }
    return m;
  }

  /** Seven documents: a cluster of four, a pair, one alone; and what each must be marked with ("-": unmarked). */
  private record Clusters(List<Article> input, Map<String, String> expected) {}

  private static Clusters clusters() {
    SplittableRandom rnd = new SplittableRandom(3);
    String base = words(rnd, 400);
    String longer = base + " " + words(rnd, 8); // one sentence added: the representative
    String shorter = base.substring(0, base.length() - 40); // a few words cut at the end
    String chained = shorter.substring(30); // near `shorter`, a little further from `longer`
    String unrelated = words(rnd, 400);
    String other = words(rnd, 300);
    String otherCopy = other.substring(0, other.lastIndexOf(' ')) + " akhir"; // last word changed
    List<Article> input =
        List.of(
            doc("c", base), doc("e", longer), doc("a", shorter), doc("b", chained), doc("u", unrelated),
            doc("o2", other), doc("o1", otherCopy));
    Map<String, String> expected = new HashMap<>();
    expected.put("e", "-");
    expected.put("c", "e");
    expected.put("a", "e");
    expected.put("b", "e");
    expected.put("u", "-");
    // the longest, then the smallest id
    String otherRep = other.length() == otherCopy.length() ? "o1" : (other.length() > otherCopy.length() ? "o2" : "o1");
    expected.put(otherRep, "-");
    expected.put(otherRep.equals("o1") ? "o2" : "o1", otherRep);
    return new Clusters(input, expected);
  }

  @Test
  void membersPointAtTheLongestThenSmallestIdAndOthersStayUnmarked() {
    Clusters clusters = clusters();
    Map<String, String> expected = new HashMap<>(clusters.expected());
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out =
        p.apply(Create.of(clusters.input())).apply(MarkNearDuplicates.withSettings(MinHash.Settings.defaults()));
    PAssert.that(out)
        .satisfies(
            docs -> {
              assertEquals(expected, nearDuplicateOf(docs));
              return null;
            });
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(4, BeamTest.counter(result, MarkNearDuplicates.class, "near_duplicates"));
    assertEquals(0, BeamTest.counter(result, ConnectComponents.class, "labels_unconverged"));
  }

  @Test
  void verdictsOnlyAreTheMarksOfTheNearDuplicates() {
    Clusters clusters = clusters();
    List<KV<String, String>> expected = new ArrayList<>();
    clusters.expected().forEach((doc, rep) -> {
      if (!rep.equals("-")) {
        expected.add(KV.of(doc, rep));
      }
    });
    Pipeline p = BeamTest.newPipeline();
    PCollection<KV<String, String>> verdicts =
        p.apply(Create.of(clusters.input())).apply(MarkNearDuplicates.withSettings(MinHash.Settings.defaults()).verdictsOnly());
    PAssert.that(verdicts).containsInAnyOrder(expected);
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(4, BeamTest.counter(result, MarkNearDuplicates.class, "near_duplicates"));
    assertEquals(0, BeamTest.counter(result, MarkNearDuplicates.class, "near_duplicates_of_earlier_runs"));
  }

  @Test
  void documentsWithoutTokensAndSingletonsPassThroughUnchanged() {
    List<Article> input = new ArrayList<>(List.of(doc("x", "...!"), doc("y", "just a short text"), doc("z", "—")));
    Pipeline p = BeamTest.newPipeline();
    PCollection<Article> out = p.apply(Create.of(input)).apply(MarkNearDuplicates.withSettings(MinHash.Settings.defaults()));
    PAssert.that(out).containsInAnyOrder(input);
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(2, BeamTest.counter(result, MarkNearDuplicates.class, "without_tokens"));
  }

  @Test
  void fewRoundsLeaveLongChainsUnconvergedAndCountThem() {
    // a chain of 6 documents, each a small step from the previous one: diameter 5
    SplittableRandom rnd = new SplittableRandom(9);
    List<String> words = new ArrayList<>(List.of(words(rnd, 600).split(" ")));
    List<Article> chain = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      chain.add(doc("n" + i, String.join(" ", words)));
      // drop 30 words at the front, add 30 new ones at the end: neighbours ~0.89, two steps apart ~0.81
      words = new ArrayList<>(words.subList(30, words.size()));
      words.addAll(List.of(words(rnd, 30).split(" ")));
    }
    Pipeline p = BeamTest.newPipeline();
    p.apply(Create.of(chain)).apply(MarkNearDuplicates.withSettings(new MinHash.Settings(5, 100, 20, 0.85)).withRounds(1));
    PipelineResult result = BeamTest.runToEnd(p);
    assertEquals(true, BeamTest.counter(result, ConnectComponents.class, "labels_unconverged") > 0);
  }
}
