package org.newsclean.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsclean.transforms.entities.EntityExtractor;

/**
 * Speed of the entity stage on one core: runs {@link EntityExtractor#extract} over the {@code text}
 * of every record of JSON Lines files (the format of the shared NER sets, or any {@code {lang,
 * text}} records), after warm-up rounds, and prints the CPU time of the calling thread per 1,000
 * characters and the resulting MB/s (millions of UTF-16 chars per second) per file and overall.
 * CPU time, not wall time, so other processes on a shared machine do not distort it. The
 * part-of-speech tagger (German) and Nori (Korean) need several rounds before the JIT has compiled
 * them: on a loaded machine two warm-up rounds measured them up to 5x slower than after ten.
 *
 * <pre>java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.BenchmarkEntities [--rounds=N] [--warmup=N] [--cold | --heldOut] &lt;file.jsonl or directory&gt;...</pre>
 *
 * <p>{@code --cold}: every measured round uses a new extractor, so per-extractor caches (Korean words) start
 * empty and the figure is the cost on text never seen; without it, the warm-up rounds fill those caches.
 *
 * <p>{@code --heldOut}: the steady state of a long run on new text. The records of each file are split in two
 * halves (even and odd positions); each half is measured with a new extractor that has first read only the
 * other half, so its caches hold the words of other documents of the same language, as in a pipeline whose
 * extractor (one per JVM) has already read part of the corpus, and never the measured texts themselves.
 */
public final class BenchmarkEntities {
  private BenchmarkEntities() {}

  public static void main(String[] args) throws IOException {
    int rounds = 20;
    int warmup = 10;
    boolean cold = false;
    boolean heldOut = false;
    List<String> rest = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--rounds=")) {
        rounds = Integer.parseInt(a.substring("--rounds=".length()));
      } else if (a.startsWith("--warmup=")) {
        warmup = Integer.parseInt(a.substring("--warmup=".length()));
      } else if (a.equals("--cold")) {
        cold = true;
      } else if (a.equals("--heldOut")) {
        heldOut = true;
      } else {
        rest.add(a);
      }
    }
    List<Path> files = EvalSupport.fromArgs("BenchmarkEntities", rest.toArray(String[]::new));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    EntityExtractor extractor = EntityExtractor.withDefaultCatalog();
    long buildNanos = cpu.getCurrentThreadCpuTime() - t0;
    System.out.printf(Locale.ROOT, "extractor built in %.0f ms CPU; %d measured rounds after %d warm-up rounds%s%n%n",
        buildNanos / 1e6, rounds, warmup, heldOut ? "; held out: each half of a file measured by a new extractor that first read the other half"
            : cold ? "; cold: a new extractor (empty per-extractor caches) for every measured round" : "");
    System.out.println("| file | lang | docs | chars | ms / 1,000 chars | MB/s |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    long allChars = 0;
    long allNanos = 0;
    for (Path file : files) {
      List<String[]> docs = read(file);
      long chars = 0;
      for (String[] d : docs) {
        chars += d[1].length();
      }
      for (int w = 0; w < warmup; w++) {
        run(extractor, docs);
      }
      long nanos = 0;
      if (heldOut) {
        List<String[]> even = new ArrayList<>();
        List<String[]> odd = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
          (i % 2 == 0 ? even : odd).add(docs.get(i));
        }
        for (int r = 0; r < rounds; r++) {
          for (int half = 0; half < 2; half++) {
            EntityExtractor fresh = EntityExtractor.withDefaultCatalog();
            run(fresh, half == 0 ? odd : even); // not timed: fills the caches with the other half's words
            long start = cpu.getCurrentThreadCpuTime();
            run(fresh, half == 0 ? even : odd);
            nanos += cpu.getCurrentThreadCpuTime() - start;
          }
        }
      } else if (cold) {
        // the texts as if never seen: the JIT is warm, the extractor's word caches are empty
        for (int r = 0; r < rounds; r++) {
          EntityExtractor fresh = EntityExtractor.withDefaultCatalog();
          long start = cpu.getCurrentThreadCpuTime();
          run(fresh, docs);
          nanos += cpu.getCurrentThreadCpuTime() - start;
        }
      } else {
        long start = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
          run(extractor, docs);
        }
        nanos = cpu.getCurrentThreadCpuTime() - start;
      }
      long total = chars * rounds;
      allChars += total;
      allNanos += nanos;
      System.out.println(row(file.getFileName().toString(), docs.isEmpty() ? "?" : docs.get(0)[0], docs.size(), chars, total, nanos));
    }
    System.out.println(row("all", "", 0, allChars / Math.max(1, rounds), allChars, allNanos));
  }

  private static String row(String name, String lang, int docs, long chars, long total, long nanos) {
    double msPerK = nanos / 1e6 / (total / 1000.0);
    double mbps = total / 1e6 / (nanos / 1e9);
    return String.format(Locale.ROOT, "| %s | %s | %s | %d | %.3f | %.2f |", name, lang, docs == 0 ? "" : docs, chars, msPerK, mbps);
  }

  private static int run(EntityExtractor extractor, List<String[]> docs) {
    int mentions = 0;
    for (String[] d : docs) {
      mentions += extractor.extract(d[1], d[0]).size();
    }
    return mentions;
  }

  private static List<String[]> read(Path file) throws IOException {
    List<String[]> docs = new ArrayList<>();
    for (JsonNode record : EvalSupport.records(file)) {
      docs.add(new String[] {record.path("lang").asText("und"), record.get("text").asText()});
    }
    return docs;
  }
}
