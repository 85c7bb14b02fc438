package org.newsclean.transforms.entities;

import java.io.IOException;
import java.io.StringReader;

/** Test fixture: an extractor with an empty catalog, so that only discovery finds names. */
final class WithoutCatalog {
  private WithoutCatalog() {}

  static final EntityExtractor EXTRACTOR = create();

  private static EntityExtractor create() {
    try {
      return new EntityExtractor(EntityCatalog.parse(new StringReader(""), "empty"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
