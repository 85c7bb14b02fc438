package org.newsclean.transforms.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
  private static final ArticleParser PARSER = new ArticleParser(ArticleParser.Limits.defaults());

  private static final String FRENCH =
      "Le PDG a déclaré que l'été serait décisif. « Nous allons lancer un modèle », a-t-il écrit. "
          + "Les chercheurs ont réagi avec prudence à cette annonce très médiatisée, à Paris comme à Montréal.";
  private static final String KOREAN =
      "메타의 고위 리더와 연구원은 인공지능 모델 개발에서 경쟁사를 능가하기 위해 최선을 다했으며 "
          + "법원이 공개한 내부 정보에 따르면 회사의 치열한 경쟁과 잠재적인 저작권 문제가 드러났다. "
          + "연구원은 메시지를 통해 데이터 세트의 조합이 끔찍하다고 밝혔으며 데이터 세트를 개선할 것을 제안했습니다.";

  private static ArticleParser.Outcome parse(String name, byte[] bytes) {
    return PARSER.parse(name, bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  private static String textOf(ArticleParser.Outcome outcome) {
    return assertInstanceOf(ArticleParser.Parsed.class, outcome, () -> "expected text, got " + outcome).text();
  }

  private static String reasonOf(ArticleParser.Outcome outcome) {
    return assertInstanceOf(ArticleParser.Failure.class, outcome, () -> "expected a failure, got " + outcome).reason();
  }

  @Test
  void readsUtf8() {
    ArticleParser.Parsed parsed = assertInstanceOf(ArticleParser.Parsed.class, parse("a.txt", FRENCH.getBytes(StandardCharsets.UTF_8)));
    assertTrue(parsed.text().contains(FRENCH), parsed.text());
    assertTrue(parsed.contentType().startsWith("text/plain"), parsed.contentType());
    assertNull(parsed.title());
  }

  @Test
  void readsUtf16WithByteOrderMark() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
    assertTrue(textOf(parse("le.txt", le)).contains(FRENCH));
    assertTrue(textOf(parse("be.txt", be)).contains(FRENCH));
  }

  @Test
  void readsWindows1252AndIso88591() {
    String text = FRENCH + " Prix : 20 € – « fin ».";
    assertTrue(textOf(parse("w.txt", text.getBytes(Charset.forName("windows-1252")))).contains(text));
    assertTrue(textOf(parse("l.txt", FRENCH.getBytes(StandardCharsets.ISO_8859_1))).contains(FRENCH));
  }

  @Test
  void readsEucKr() {
    assertTrue(textOf(parse("k.txt", KOREAN.getBytes(Charset.forName("EUC-KR")))).contains(KOREAN));
  }

  @Test
  void readsHtmlTextAndTitle() {
    String html =
        "<html><head><meta charset=\"utf-8\"><title>Un titre</title></head><body><p>" + FRENCH + "</p></body></html>";
    ArticleParser.Parsed parsed = assertInstanceOf(ArticleParser.Parsed.class, parse("a.html", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Un titre", parsed.title());
    assertTrue(parsed.text().contains("Nous allons lancer un modèle"));
    assertTrue(parsed.contentType().startsWith("text/html"), parsed.contentType());
  }

  @Test
  void rejectsEmptyFile() {
    assertEquals(ArticleParser.EMPTY_FILE, reasonOf(parse("e.txt", new byte[0])));
  }

  @Test
  void rejectsWhitespaceOnlyFile() {
    assertEquals(ArticleParser.NO_TEXT, reasonOf(parse("w.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void rejectsBinary() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    String reason = reasonOf(parse("blob.bin", noise));
    assertTrue(
        reason.equals(ArticleParser.NO_TEXT) || reason.equals(ArticleParser.BINARY_CONTENT) || reason.equals(ArticleParser.INVALID_ENCODING),
        reason);
  }

  @Test
  void rejectsOversizedFileWithoutReadingIt() {
    ArticleParser small = new ArticleParser(new ArticleParser.Limits(100, 1000, Duration.ofSeconds(5)));
    ArticleParser.Outcome outcome = small.parse("big.txt", 101, () -> { throw new AssertionError("must not be opened"); });
    assertEquals(ArticleParser.OVERSIZED, reasonOf(outcome));
  }

  @Test
  void rejectsTextOverTheLengthLimit() {
    ArticleParser small = new ArticleParser(new ArticleParser.Limits(1_000_000, 50, Duration.ofSeconds(5)));
    byte[] bytes = FRENCH.getBytes(StandardCharsets.UTF_8);
    assertEquals(ArticleParser.TEXT_TOO_LONG, reasonOf(small.parse("long.txt", bytes.length, () -> new ByteArrayInputStream(bytes))));
  }

  @Test
  void rejectsMalformedOfficeFile() throws Exception {
    // a zip that claims to be a Word document but holds no document parts
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types><Override PartName=\"/word/document.xml\"".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    String reason = reasonOf(parse("broken.docx", buffer.toByteArray()));
    assertTrue(reason.equals(ArticleParser.PARSE_ERROR) || reason.equals(ArticleParser.NO_TEXT), reason);
  }

  @Test
  void rejectsTruncatedPdf() {
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(StandardCharsets.US_ASCII);
    String reason = reasonOf(parse("broken.pdf", pdf));
    assertTrue(reason.equals(ArticleParser.PARSE_ERROR) || reason.equals(ArticleParser.NO_TEXT), reason);
  }

  @Test
  void rejectsAParseThatTakesTooLong() {
    ArticleParser slow = new ArticleParser(new ArticleParser.Limits(1_000_000, 10_000, Duration.ofMillis(200)));
    ArticleParser.Outcome outcome =
        slow.parse("slow.txt", 10, () -> new InputStream() {
          @Override
          public int read() {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return -1;
          }
        });
    assertEquals(ArticleParser.TIMEOUT, reasonOf(outcome));
  }

  @Test
  void rejectsTextFullOfReplacementCharacters() {
    String broken = "abc \uFFFD\uFFFD\uFFFD\uFFFD def \uFFFD\uFFFD";
    assertEquals(ArticleParser.INVALID_ENCODING, ArticleParser.checkText(broken, "text/plain").reason());
    assertNull(ArticleParser.checkText("normal text", "text/plain"));
  }

  /** The plain-text fast path gives what Tika's auto-detecting parser gives, on every seed and in every encoding. */
  @Test
  void plainTextFastPathGivesWhatFullDetectionGives() throws Exception {
    ArticleParser full = ArticleParser.withFullDetection(ArticleParser.Limits.defaults());
    java.util.List<byte[]> inputs = new java.util.ArrayList<>();
    try (java.util.stream.Stream<java.nio.file.Path> seeds = java.nio.file.Files.list(java.nio.file.Paths.get("..", "seeds"))) {
      for (java.nio.file.Path seed : seeds.sorted().toList()) {
        inputs.add(java.nio.file.Files.readAllBytes(seed));
      }
    }
    assertEquals(5, inputs.size(), "five seeds");
    inputs.add(FRENCH.getBytes(StandardCharsets.UTF_8));
    inputs.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8)));
    inputs.add((FRENCH + " Prix : 20 € – « fin ».").getBytes(Charset.forName("windows-1252")));
    inputs.add(FRENCH.getBytes(StandardCharsets.ISO_8859_1));
    inputs.add(KOREAN.getBytes(Charset.forName("EUC-KR")));
    inputs.add(KOREAN.getBytes(StandardCharsets.UTF_8));
    inputs.add(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE)));
    inputs.add(("  \n<html><head><title>T</title></head><body><p>" + FRENCH + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    java.io.InputStream seed = new java.io.BufferedInputStream(new ByteArrayInputStream(inputs.get(0)));
    assertTrue(ArticleParser.isPlainText("a.txt", seed), "a seed takes the fast path");
    assertEquals(inputs.get(0).length, seed.readAllBytes().length, "the check leaves the stream at its start");
    assertTrue(!ArticleParser.isPlainText("a", new java.io.BufferedInputStream(new ByteArrayInputStream(inputs.get(0)))));
    byte[] utf16 = inputs.get(inputs.size() - 2);
    byte[] html = inputs.get(inputs.size() - 1);
    assertTrue(!ArticleParser.isPlainText("a.txt", new java.io.BufferedInputStream(new ByteArrayInputStream(utf16))));
    assertTrue(!ArticleParser.isPlainText("a.txt", new java.io.BufferedInputStream(new ByteArrayInputStream(html))));
    for (String name : new String[] {"a.txt", "b.TXT", "c.text", "article", "d.html"}) {
      for (byte[] bytes : inputs) {
        ArticleParser.Outcome fast = PARSER.parse(name, bytes.length, () -> new ByteArrayInputStream(bytes));
        ArticleParser.Outcome slow = full.parse(name, bytes.length, () -> new ByteArrayInputStream(bytes));
        assertEquals(slow, fast, name + ": " + new String(bytes, 0, Math.min(60, bytes.length), StandardCharsets.ISO_8859_1));
      }
    }
  }

  @Test
  void markupInATextFileIsStillParsedAsMarkup() {
    String html = "<html><head><title>Un titre</title></head><body><p>" + FRENCH + "</p></body></html>";
    ArticleParser.Parsed parsed = assertInstanceOf(ArticleParser.Parsed.class, parse("page.txt", html.getBytes(StandardCharsets.UTF_8)));
    assertTrue(parsed.contentType().startsWith("text/html"), parsed.contentType());
    assertEquals("Un titre", parsed.title());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
