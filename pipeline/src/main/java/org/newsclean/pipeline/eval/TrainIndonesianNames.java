package org.newsclean.pipeline.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newsclean.transforms.entities.IndonesianCasedNameFinderFactory;
import org.newsclean.transforms.entities.IndonesianNameFinderFactory;

/**
 * Trains the Indonesian name finders that ship as
 * {@code transforms/src/main/resources/org/newsclean/transforms/entities/id/names-nerp.bin} (lower case, from NERP)
 * and, with {@code --cased}, {@code names-nergrit.bin} (cased text as written, from NERGrit), from
 * training files in IndoNLU's format (one {@code token<TAB>BIO-tag} a line, a blank line between
 * sentences): NERP's {@code PPL}, {@code PLC}, {@code IND} and NERGrit's {@code PERSON},
 * {@code PLACE}, {@code ORGANISATION} become PERSON, LOCATION and ORGANIZATION; other labels are
 * not names here. Tokens are lower-cased unless {@code --cased}. Training is OpenNLP's maxent (GIS) on one thread, decoding
 * greedy (beam 1): the same files give the same model, and the model the same names for a sentence.
 *
 * <pre>java -cp pipeline/target/news-pipeline.jar org.newsclean.pipeline.eval.TrainIndonesianNames
 *     [--cased] [--iterations=N] [--cutoff=N] --out=names-nerp.bin train_preprocess.txt...</pre>
 */
public final class TrainIndonesianNames {
  static final Map<String, String> TYPES = Map.of(
      "PPL", "PERSON", "PERSON", "PERSON",
      "PLC", "LOCATION", "PLACE", "LOCATION",
      "IND", "ORGANIZATION", "ORGANISATION", "ORGANIZATION");

  private TrainIndonesianNames() {}

  public static void main(String[] args) throws IOException {
    int iterations = 200;
    int cutoff = 3;
    int beam = 1;
    boolean cased = false;
    Path out = null;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.startsWith("--iterations=")) {
        iterations = Integer.parseInt(a.substring("--iterations=".length()));
      } else if (a.startsWith("--cutoff=")) {
        cutoff = Integer.parseInt(a.substring("--cutoff=".length()));
      } else if (a.equals("--cased")) {
        cased = true;
      } else if (a.startsWith("--beam=")) {
        beam = Integer.parseInt(a.substring("--beam=".length()));
      } else if (a.startsWith("--out=")) {
        out = Path.of(a.substring("--out=".length()));
      } else {
        files.add(Path.of(a));
      }
    }
    if (out == null || files.isEmpty()) {
      System.err.println("usage: TrainIndonesianNames [--cased] [--iterations=N] [--cutoff=N] --out=model.bin train.txt...");
      System.exit(2);
    }
    opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage(IndonesianNameFinderFactory.class.getPackageName());
    List<NameSample> samples = new ArrayList<>();
    for (Path f : files) {
      samples.addAll(read(f, cased));
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, beam);
    TokenNameFinderModel model = NameFinderME.train("id", null, new CollectionObjectStream<>(samples), params,
        cased ? new IndonesianCasedNameFinderFactory() : new IndonesianNameFinderFactory());
    try (OutputStream o = Files.newOutputStream(out)) {
      model.serialize(o);
    }
    System.out.printf("%d sentences from %d files -> %s (%d bytes)%n", samples.size(), files.size(), out, Files.size(out));
  }

  /** The sentences of one IndoNLU file; a token holding spaces becomes several tokens with its tag. */
  static List<NameSample> read(Path file) throws IOException {
    return read(file, false);
  }

  /** The sentences of one IndoNLU file, lower-cased unless {@code cased}. */
  static List<NameSample> read(Path file, boolean cased) throws IOException {
    List<NameSample> out = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        flush(tokens, tags, out);
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        continue; // a line cut by the copy or without a tag
      }
      String tag = line.substring(tab + 1).strip();
      String[] parts = line.substring(0, tab).strip().split("\\s+");
      for (int k = 0; k < parts.length; k++) {
        if (parts[k].isEmpty()) {
          continue;
        }
        tokens.add(cased ? parts[k] : parts[k].toLowerCase(Locale.ROOT));
        tags.add(k > 0 && tag.startsWith("B-") ? "I-" + tag.substring(2) : tag);
      }
    }
    flush(tokens, tags, out);
    return out;
  }

  private static void flush(List<String> tokens, List<String> tags, List<NameSample> out) {
    if (tokens.isEmpty()) {
      return;
    }
    List<Span> names = new ArrayList<>();
    int i = 0;
    while (i < tags.size()) {
      String tag = tags.get(i);
      String type = tag.length() > 2 ? TYPES.get(tag.substring(2)) : null;
      if (type != null && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        String label = tag.substring(2);
        int j = i + 1;
        while (j < tags.size() && tags.get(j).equals("I-" + label)) {
          j++;
        }
        names.add(new Span(i, j, type));
        i = j;
      } else {
        i++;
      }
    }
    out.add(new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), true));
    tokens.clear();
    tags.clear();
  }
}
