package org.newsclean.transforms.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.html.HtmlEncodingDetector;

/**
 * Tika's encoding detection with one shortcut that cannot change its answer: Tika's
 * {@link HtmlEncodingDetector} (first in its default chain) reads the head of every file as ASCII and
 * searches it for a {@code <meta ... charset=...>} tag with two regular expressions, which was about a
 * third of the time spent reading a plain-text article. Its pattern starts with {@code <}; a head
 * without the byte {@code 0x3C} cannot match (bytes over 0x7F decode to U+FFFD in ASCII, and {@code <}
 * is 0x3C in UTF-16 as well), so that detector is asked only when its window holds one. The other
 * detectors run unchanged, in Tika's order.
 */
final class MarkupFirstEncodingDetection {
  private MarkupFirstEncodingDetection() {}

  /** {@code detector} with every HTML meta detector in it (composites flattened) replaced by the shortcut. */
  static EncodingDetector of(EncodingDetector detector) {
    List<EncodingDetector> flat = new ArrayList<>();
    flatten(detector, flat);
    return new CompositeEncodingDetector(flat);
  }

  private static void flatten(EncodingDetector d, List<EncodingDetector> out) {
    if (d instanceof CompositeEncodingDetector c) {
      for (EncodingDetector inner : c.getDetectors()) {
        flatten(inner, out);
      }
    } else if (d instanceof HtmlEncodingDetector html && !(d instanceof OnlyWithMarkup)) {
      out.add(new OnlyWithMarkup(html.getMarkLimit()));
    } else {
      out.add(d);
    }
  }

  /** Tika's HTML meta-charset detector, skipped when its window holds no {@code <}. */
  static final class OnlyWithMarkup extends HtmlEncodingDetector {
    private static final long serialVersionUID = 1L;

    OnlyWithMarkup(int markLimit) {
      setMarkLimit(markLimit);
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
      if (input == null || !holdsMarkup(input, getMarkLimit())) {
        return null;
      }
      return super.detect(input, metadata);
    }

    /** Does the stream's next {@code limit} bytes hold a {@code <}? The stream is reset to where it was. */
    static boolean holdsMarkup(InputStream input, int limit) throws IOException {
      input.mark(limit);
      try {
        byte[] buffer = new byte[Math.min(limit, 8192)];
        int seen = 0;
        while (seen < limit) {
          int m = input.read(buffer, 0, Math.min(buffer.length, limit - seen));
          if (m < 0) {
            return false;
          }
          for (int i = 0; i < m; i++) {
            if (buffer[i] == '<') {
              return true;
            }
          }
          seen += m;
        }
        return false;
      } finally {
        input.reset();
      }
    }
  }
}
