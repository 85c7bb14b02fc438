package org.newsclean.transforms.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.input.BoundedInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Extracts text, content type and title from one raw file with Tika's auto-detecting parser, under
 * a size limit, a text-length limit and a time limit. Bad input never throws: it comes back as a
 * {@link Failure} with a reason code.
 *
 * <p><b>Plain-text fast path.</b> A file whose name Tika maps to {@code text/plain} (such as {@code *.txt}),
 * whose first bytes Tika's {@link TextDetector} calls text (no control bytes) and that does not start with
 * markup ({@code <}) goes straight to Tika's {@link TXTParser}, with Tika's encoding detection: the MIME magic
 * of every known format and the CSV sniffing of the auto-detecting parser are skipped (they took about 3/4 of
 * the reading time, see docs/benchmarks.md). Any other file goes through the auto-detecting parser. Both paths
 * give the same text and content type on plain text ({@code ArticleParserTest} checks it).
 *
 * <p>Thread-safe. Tika's parser set is built once per JVM and shared; parsing runs on a shared pool
 * of daemon threads so that a parse stuck on a malicious file can be abandoned after the timeout.
 */
public final class ArticleParser {

  /** Reason codes of {@link Failure}; part of the rejected-record contract. */
  public static final String EMPTY_FILE = "empty_file";
  public static final String OVERSIZED = "oversized";
  public static final String TEXT_TOO_LONG = "text_too_long";
  public static final String TIMEOUT = "timeout";
  public static final String ENCRYPTED = "encrypted";
  public static final String PARSE_ERROR = "parse_error";
  public static final String NO_TEXT = "no_text";
  public static final String INVALID_ENCODING = "invalid_encoding";
  public static final String BINARY_CONTENT = "binary_content";

  /** Limits applied to every file. */
  public record Limits(long maxBytes, int maxChars, Duration timeout) {
    public Limits {
      if (maxBytes <= 0 || maxChars <= 0 || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxChars + ", " + timeout);
      }
    }

    public static Limits defaults() {
      return new Limits(20L * 1024 * 1024, 2_000_000, Duration.ofSeconds(30));
    }
  }

  /** What parsing one file gives. */
  public sealed interface Outcome permits Parsed, Failure {}

  /** Text extracted; {@code title} is null when Tika found none. */
  public record Parsed(String text, String contentType, String title) implements Outcome {}

  /** The file cannot become an article: a reason code and a human-readable detail. */
  public record Failure(String reason, String detail) implements Outcome {}

  /** Opens the file's bytes; called at most once. */
  @FunctionalInterface
  public interface ByteSource {
    InputStream open() throws IOException;
  }

  private static final class Shared {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
    static final Parser PARSER = new AutoDetectParser(CONFIG);
    static final EncodingDetector ENCODING = MarkupFirstEncodingDetection.of(CONFIG.getEncodingDetector());
    static final Parser TEXT_PARSER = new TXTParser(ENCODING);
    static final TextDetector TEXT_DETECTOR = new TextDetector();
    static final ExecutorService POOL = Executors.newCachedThreadPool(daemonThreads());
  }

  /** Bytes of the head inspected to choose the plain-text fast path: what Tika's TextDetector reads. */
  private static final int HEAD_BYTES = 512;

  private final Limits limits;
  private final boolean plainTextFastPath;

  public ArticleParser(Limits limits) {
    this(limits, true);
  }

  private ArticleParser(Limits limits, boolean plainTextFastPath) {
    this.limits = Objects.requireNonNull(limits);
    this.plainTextFastPath = plainTextFastPath;
  }

  /** A parser that sends every file through Tika's auto-detecting parser (no plain-text fast path). */
  public static ArticleParser withFullDetection(Limits limits) {
    return new ArticleParser(limits, false);
  }

  public Limits limits() {
    return limits;
  }

  /**
   * Parses one file.
   *
   * @param name file name, used by Tika as a detection hint
   * @param sizeBytes size reported by the file system; -1 when unknown
   */
  public Outcome parse(String name, long sizeBytes, ByteSource bytes) {
    if (sizeBytes == 0) {
      return new Failure(EMPTY_FILE, "the file is empty (0 bytes)");
    }
    if (sizeBytes > limits.maxBytes()) {
      return new Failure(OVERSIZED, "file of " + sizeBytes + " bytes is over the limit of " + limits.maxBytes());
    }
    Future<Outcome> future = Shared.POOL.submit(() -> parseNow(name, bytes));
    try {
      return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Failure(TIMEOUT, "parsing took longer than " + limits.timeout().toMillis() + " ms");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing " + name, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        // The file could not be read (it vanished, permissions, a broken compressed stream).
        return new Failure(PARSE_ERROR, "cannot read: " + describe(io));
      }
      throw new IllegalStateException("unexpected failure parsing " + name, cause);
    }
  }

  private Outcome parseNow(String name, ByteSource bytes) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    // Read at most one byte over the limit: a compressed or growing file cannot blow the budget.
    try (InputStream raw = bytes.open();
        InputStream in =
            new BufferedInputStream(
                BoundedInputStream.builder().setInputStream(raw).setMaxCount(limits.maxBytes() + 1).get())) {
      Parser parser = plainTextFastPath && isPlainText(name, in) ? Shared.TEXT_PARSER : Shared.PARSER;
      try {
        parser.parse(in, handler, metadata, Latin1AsWindows1252.context(Shared.ENCODING));
      } catch (EncryptedDocumentException e) {
        return new Failure(ENCRYPTED, "the document is encrypted: " + describe(e));
      } catch (Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
          return new Failure(TEXT_TOO_LONG, "extracted text is longer than " + limits.maxChars() + " chars");
        }
        // Tika's parsers signal malformed input with many exception types, checked and unchecked.
        return new Failure(PARSE_ERROR, describe(e));
      } catch (StackOverflowError e) {
        return new Failure(PARSE_ERROR, "parser stack overflow (deeply nested or malformed input)");
      }
    }
    String contentType = metadata.get(Metadata.CONTENT_TYPE);
    if (contentType == null) {
      contentType = "application/octet-stream";
    }
    String text = handler.toString();
    Failure bad = checkText(text, contentType);
    if (bad != null) {
      return bad;
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    title = title == null || title.isBlank() ? null : title.strip();
    return new Parsed(text, contentType, title);
  }

  /**
   * Whether the file can skip format detection: Tika maps its name to {@code text/plain}, its head has no
   * control bytes ({@link TextDetector}) and does not open with markup. Leaves {@code in} at its start.
   */
  static boolean isPlainText(String name, InputStream in) throws IOException {
    Metadata byName = new Metadata();
    byName.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    if (!MediaType.TEXT_PLAIN.equals(Shared.CONFIG.getMimeRepository().detect(null, byName))) {
      return false;
    }
    if (!MediaType.TEXT_PLAIN.equals(Shared.TEXT_DETECTOR.detect(in, byName))) {
      return false;
    }
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r' || head[i] == '\f')) {
      i++;
    }
    return i == head.length || head[i] != '<';
  }

  /** Refuses text that is empty, undecodable or binary; null when the text is acceptable. */
  static Failure checkText(String text, String contentType) {
    int letters = 0;
    int replacement = 0;
    int control = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replacement++;
      } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      } else if (Character.isLetterOrDigit(c)) {
        letters++;
      }
    }
    if (letters == 0) {
      return new Failure(NO_TEXT, "no text extracted (content type " + contentType + ")");
    }
    if (replacement > Math.max(2, length / 200)) {
      return new Failure(
          INVALID_ENCODING,
          replacement + " undecodable byte sequences (U+FFFD) in " + length + " chars; charset from " + contentType);
    }
    if (control > Math.max(2, length / 100)) {
      return new Failure(BINARY_CONTENT, control + " control characters in " + length + " chars (" + contentType + ")");
    }
    return null;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "tika-parse-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
