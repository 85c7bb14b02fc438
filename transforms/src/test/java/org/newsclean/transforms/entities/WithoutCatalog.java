package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.StringReader;

/** Test fixture: an extractor with an empty catalog, so that only discovery finds names. */
final class WithoutCatalog {
  private WithoutCatalog() {}

  static final EntityExtractor EXTRACTOR = create();

  /** surface -> type of the PERSON / ORGANIZATION / LOCATION mentions found in {@code text} (first type of a surface). */
  static java.util.Map<String, EntityType> names(String text, String lang) {
    return EXTRACTOR.extract(text, lang).stream()
        .filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION || m.type() == EntityType.LOCATION)
        .collect(java.util.stream.Collectors.toMap(Mention::surface, Mention::type, (a, b) -> a));
  }

  private static EntityExtractor create() {
    try {
      return new EntityExtractor(EntityCatalog.parse(new StringReader(""), "empty"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
