package org.newsclean.transforms.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names of brands, products and services, lower case: the titles and aliases of npm {@code simple-icons}
 * 16.37.0 (CC0), shipped as {@code brands-simple-icons.txt}. They type a name the rules found but could not
 * type (a lone capitalised word: {@code Samsung}, {@code Pinterest}) as an organisation, and in lower-case
 * Indonesian they make a word a name ({@link IndonesianLowercase}). Read once per JVM, on first use; immutable.
 */
final class Brands {
  static final String RESOURCE = "/org/newsclean/transforms/entities/brands-simple-icons.txt";

  private Brands() {}

  private static final class Holder {
    static final Set<String> ALL = load();
  }

  /** Every name of the list, lower case. */
  static Set<String> all() {
    return Holder.ALL;
  }

  /** Is {@code name} (any case) a name of the list? */
  static boolean contains(String name) {
    return Holder.ALL.contains(name.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    return Set.copyOf(lowerCaseLines(RESOURCE));
  }

  /** The lines of a resource of this package's word lists: stripped, lower case, without blanks and {@code #} comments. */
  static List<String> lowerCaseLines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Brands.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
