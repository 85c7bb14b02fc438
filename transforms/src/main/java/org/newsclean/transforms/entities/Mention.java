package org.newsclean.transforms.entities;

import java.util.Objects;

/**
 * One mention of an entity in a document's cleaned text.
 *
 * @param start offset of the first char of the mention in the text (inclusive, UTF-16 units)
 * @param end offset after the last char (exclusive)
 * @param surface the text as written, {@code text.substring(start, end)}
 * @param entityId stable id of the entity, the same across documents, languages and scripts
 * @param name canonical name of the entity (catalog name, or the longest form seen in the document)
 * @param type coarse type
 */
public record Mention(int start, int end, String surface, String entityId, String name, EntityType type) {
  public Mention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
