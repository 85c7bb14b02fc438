package org.newsclean.transforms.entities;

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
    return Set.copyOf(WordLists.lowerCaseLines(RESOURCE));
  }
}
