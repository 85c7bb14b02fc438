package org.newsclean.transforms.boilerplate;

import java.util.List;
import java.util.Objects;

/**
 * Result of {@link BoilerplateStripper#strip(String)}.
 *
 * @param text the cleaned text: paragraphs trimmed, inner whitespace folded to one space, joined with
 *     {@code "\n\n"}, no leading or trailing whitespace
 * @param removed the segments cut, in document order, as they appeared (trimmed, inner whitespace folded):
 *     whole lines, or fragments cut from inside a paragraph
 */
public record StrippedText(String text, List<String> removed) {
  public StrippedText {
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
  }
}
