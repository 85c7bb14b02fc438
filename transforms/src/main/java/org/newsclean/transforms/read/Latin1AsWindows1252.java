package org.newsclean.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;

/**
 * Tika's encoding detection, with ISO-8859-1 read as windows-1252, as the WHATWG encoding standard
 * (and every browser) does: the two differ only in 0x80–0x9F, which are C1 control codes in
 * ISO-8859-1 and never meant as such in text, but €, “ ” ‘ ’ – — … in windows-1252. Text that really
 * is ISO-8859-1 decodes the same either way.
 */
final class Latin1AsWindows1252 implements EncodingDetector {
  private static final long serialVersionUID = 1L;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final EncodingDetector delegate;

  Latin1AsWindows1252(EncodingDetector delegate) {
    this.delegate = delegate;
  }

  @Override
  public Charset detect(InputStream input, Metadata metadata) throws IOException {
    Charset detected = delegate.detect(input, metadata);
    return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
  }

  /** A parse context whose text parsers use this detector. */
  static ParseContext context(EncodingDetector delegate) {
    ParseContext context = new ParseContext();
    context.set(EncodingDetector.class, new Latin1AsWindows1252(delegate));
    return context;
  }
}
