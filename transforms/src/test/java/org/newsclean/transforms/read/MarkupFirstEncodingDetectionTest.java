package org.newsclean.transforms.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.junit.jupiter.api.Test;

class MarkupFirstEncodingDetectionTest {
  private static final EncodingDetector TIKA = TikaConfig.getDefaultConfig().getEncodingDetector();
  private static final EncodingDetector OURS = MarkupFirstEncodingDetection.of(TIKA);

  @Test
  void keepsTikasDetectorsInTheirOrderWithTheHtmlOneReplaced() {
    List<String> tika = new ArrayList<>();
    names(TIKA, tika);
    List<String> ours = new ArrayList<>();
    names(OURS, ours);
    assertEquals(tika.size(), ours.size());
    assertTrue(tika.contains(HtmlEncodingDetector.class.getName()), "Tika's default chain has the HTML detector: " + tika);
    for (int i = 0; i < tika.size(); i++) {
      String expected = tika.get(i).equals(HtmlEncodingDetector.class.getName())
          ? MarkupFirstEncodingDetection.OnlyWithMarkup.class.getName() : tika.get(i);
      assertEquals(expected, ours.get(i));
    }
  }

  @Test
  void detectsWhatTikaDetectsOnTheSeedsAndOnEveryEncodingAndMarkupCase() throws IOException {
    List<byte[]> inputs = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Paths.get("..", "seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        inputs.add(Files.readAllBytes(seed));
      }
    }
    String french = "L'été dernier, « la société » a présenté ses résultats — 12 € par action… ";
    String korean = "메타는 새로운 인공지능 모델을 공개했다고 밝혔다. ";
    String pad = "x".repeat(9000);
    for (String cs : List.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE", "EUC-KR", "Shift_JIS")) {
      Charset charset = Charset.forName(cs);
      for (String text : List.of(french, korean, "plain ascii text only. ".repeat(50))) {
        if (!charset.newEncoder().canEncode(text)) {
          continue;
        }
        inputs.add(text.repeat(20).getBytes(charset));
        inputs.add(("<html><head><meta charset=\"" + cs + "\"></head><body>" + text + "</body></html>").getBytes(charset));
        inputs.add(("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + cs + "\">" + text).getBytes(charset));
        inputs.add((text + " a < b, and b > c; " + text).getBytes(charset));
        // markup only after the HTML detector's window, and a meta tag right at its edge
        inputs.add((pad + "<meta charset=\"" + cs + "\">" + text).getBytes(charset));
        inputs.add(("x".repeat(8192 - 3) + "<meta charset=\"" + cs + "\">" + text).getBytes(charset));
      }
    }
    inputs.add("<meta charset=\"windows-1251\">Ïðèâåò".getBytes(StandardCharsets.ISO_8859_1));
    inputs.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i', ' ', 't', 'h', 'e', 'r', 'e'});
    inputs.add(new byte[] {'<'});
    inputs.add(new byte[0]);
    for (byte[] bytes : inputs) {
      assertEquals(detect(TIKA, bytes), detect(OURS, bytes), () -> "input starting " + new String(bytes, 0, Math.min(60, bytes.length), StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void looksForMarkupOnlyInsideTheWindowAndLeavesTheStreamWhereItWas() throws IOException {
    byte[] bytes = ("abc" + "d".repeat(100) + "<p>").getBytes(StandardCharsets.US_ASCII);
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
    assertFalse(MarkupFirstEncodingDetection.OnlyWithMarkup.holdsMarkup(in, 103));
    assertTrue(MarkupFirstEncodingDetection.OnlyWithMarkup.holdsMarkup(in, 104));
    assertEquals('a', in.read(), "the stream is reset");
  }

  private static String detect(EncodingDetector detector, byte[] bytes) throws IOException {
    try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
      Charset c = detector.detect(in, new Metadata());
      int next = in.read();
      return (c == null ? "null" : c.name()) + " then byte " + next;
    }
  }

  private static void names(EncodingDetector d, List<String> out) {
    if (d instanceof CompositeEncodingDetector c) {
      for (EncodingDetector inner : c.getDetectors()) {
        names(inner, out);
      }
    } else {
      out.add(d.getClass().getName());
    }
  }
}
