package org.newsclean.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.dedup.Shingles;

class CorpusGeneratorTest {
  private static List<CorpusGenerator.Seed> seeds;

  @BeforeAll
  static void readSeeds() throws IOException {
    seeds = GenerateCorpus.readSeeds(Path.of("..", "seeds"));
  }

  private static List<CorpusGenerator.TruthPair> truth(CorpusGenerator g) {
    List<CorpusGenerator.TruthPair> all = new ArrayList<>();
    for (int i = 0; i < g.options().docs(); i++) {
      all.addAll(g.truthFor(i));
    }
    return all;
  }

  @Test
  void sharesGiveTheCountsOfRolesAndPairs() {
    CorpusGenerator g = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(200, 7));
    List<CorpusGenerator.TruthPair> truth = truth(g);
    assertEquals(20, truth.stream().filter(p -> p.kind().equals("exact")).count());
    // 120 originals, 80 copies: each copy is paired with its original only
    assertEquals(80, truth.size());
    Set<String> paths = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      paths.add(g.path(i));
    }
    assertEquals(200, paths.size(), "paths are a permutation");
  }

  @Test
  void sameSeedSameCorpusOtherSeedOtherCorpus() {
    CorpusGenerator a = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(50, 3));
    CorpusGenerator b = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(50, 3));
    CorpusGenerator c = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(50, 4));
    for (int i = 0; i < 50; i++) {
      assertEquals(a.doc(i), b.doc(i));
    }
    assertEquals(truth(a), truth(b));
    assertNotEquals(a.doc(0).text(), c.doc(0).text());
  }

  @Test
  void truthJaccardIsTheExactJaccardOfTheFiles() {
    CorpusGenerator g = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(300, 11));
    Map<String, String> text = new HashMap<>();
    for (int i = 0; i < 300; i++) {
      CorpusGenerator.Doc d = g.doc(i);
      text.put(d.path(), d.text());
    }
    Set<String> edits = new HashSet<>();
    for (CorpusGenerator.TruthPair p : truth(g)) {
      edits.add(p.edit());
      double j = Shingles.jaccard(text.get(p.a()), text.get(p.b()), 5);
      assertEquals(j, p.jaccard(), 1e-4, p.toString());
      if (p.kind().equals("exact")) {
        assertEquals(text.get(p.a()), text.get(p.b()));
      } else {
        assertNotEquals(text.get(p.a()), text.get(p.b()), p.toString());
      }
    }
    for (CorpusGenerator.Edit e : CorpusGenerator.Edit.values()) {
      assertTrue(edits.contains(e.label()), "some copy has edit " + e.label());
    }
  }

  @Test
  void originalsAreUnrelatedToEachOther() {
    CorpusGenerator g = new CorpusGenerator(seeds, CorpusGenerator.Options.defaults(100, 5));
    int originals = 60;
    double max = 0;
    for (int i = 0; i < originals; i++) {
      long[] a = Shingles.of(g.doc(i).text(), 5);
      assertTrue(a.length > 100, "realistic length");
      for (int j = i + 1; j < originals; j++) {
        max = Math.max(max, Shingles.jaccard(a, Shingles.of(g.doc(j).text(), 5)));
      }
    }
    assertTrue(max < 0.2, "max Jaccard between originals " + max);
  }

  @Test
  void writesFilesTruthAndSummary(@TempDir Path out) throws IOException {
    GenerateCorpus.Summary s =
        GenerateCorpus.write(seeds, new CorpusGenerator.Options(30, 1, 0.2, 0.2, 0.3, 10), out);
    assertEquals(18, s.originals());
    assertEquals(3, Files.list(out.resolve("articles")).count());
    assertEquals(12, Files.readAllLines(out.resolve("truth.jsonl")).size());
    assertTrue(Files.readString(out.resolve("corpus.json")).contains("\"true_pairs\" : 12"));
  }
}
