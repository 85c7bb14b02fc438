package org.newsclean.pipeline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer reads IndoNLU's format, maps its labels, and writes a model the extractor's finder can load. */
class TrainIndonesianNamesTest {

  /** A small training file in IndoNLU's format: NERP labels, one token holding a space, an unscored label. */
  private static String corpus() {
    String[] people = {"budi santoso", "siti rahma", "agus salim", "dewi lestari", "rudi hartono"};
    String[] places = {"medan", "bekasi", "kupang", "ambon", "palu"};
    StringBuilder b = new StringBuilder();
    for (int round = 0; round < 8; round++) {
      for (int k = 0; k < people.length; k++) {
        String[] person = people[(k + round) % people.length].split(" ");
        b.append("menurut\tO\n");
        b.append(person[0]).append("\tB-PPL\n").append(person[1]).append("\tI-PPL\n");
        b.append("warga\tO\nkota\tO\n").append(places[(k + 2 * round) % places.length]).append("\tB-PLC\n");
        b.append("di\tO\nkantor\tO\npt\tB-IND\nmaju\tI-IND\njaya\tI-IND\n");
        b.append("saat\tO\npilpres\tB-EVT\n2014\tI-EVT\n");
        b.append("sementara itu\tO\n.\tO\n\n");
      }
    }
    return b.toString();
  }

  @Test
  void labelsAreMappedAndATokenWithASpaceBecomesTwo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("train.txt");
    Files.writeString(file, "Budi\tB-PPL\nSantoso\tI-PPL\nke\tO\nMedan\tB-PLC\nsaat\tO\npilpres\tB-EVT\nsementara itu\tO\n.\tO\n\n"
        + "PT\tB-ORGANISATION\nMaju\tI-ORGANISATION\ndi\tO\nBekasi\tB-PLACE\n", StandardCharsets.UTF_8);
    List<NameSample> samples = TrainIndonesianNames.read(file);
    assertEquals(2, samples.size());
    NameSample first = samples.get(0);
    assertEquals(List.of("budi", "santoso", "ke", "medan", "saat", "pilpres", "sementara", "itu", "."), List.of(first.getSentence()));
    assertEquals(List.of(new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION")), List.of(first.getNames()));
    assertEquals(List.of(new Span(0, 2, "ORGANIZATION"), new Span(3, 4, "LOCATION")), List.of(samples.get(1).getNames()));
  }

  @Test
  void aTrainedModelFindsItsTrainingNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("train.txt");
    Files.writeString(file, corpus(), StandardCharsets.UTF_8);
    Path model = dir.resolve("names.bin");
    TrainIndonesianNames.main(new String[] {"--iterations=50", "--out=" + model, file.toString()});
    TokenNameFinderModel m;
    try (InputStream in = Files.newInputStream(model)) {
      m = new TokenNameFinderModel(in);
    }
    NameFinderME finder = new NameFinderME(m);
    String[] sentence = "menurut siti rahma warga kota ambon di kantor pt maju jaya saat pilpres 2014 sementara itu .".split(" ");
    List<String> found = new ArrayList<>();
    for (Span s : finder.find(sentence)) {
      found.add(s.getType() + " " + String.join(" ", java.util.Arrays.copyOfRange(sentence, s.getStart(), s.getEnd())));
    }
    assertTrue(found.contains("PERSON siti rahma"), found.toString());
    assertTrue(found.contains("LOCATION ambon"), found.toString());
    assertTrue(found.contains("ORGANIZATION pt maju jaya"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("pilpres")), found.toString()); // events are not names here
  }
}
