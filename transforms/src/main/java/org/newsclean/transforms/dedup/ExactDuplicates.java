package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.text.ContentHash;
import org.newsclean.transforms.text.TextNormalizer;

/**
 * Exact deduplication on cleaned text: two articles are the same document when their cleaned text is
 * identical after Unicode NFKC and whitespace folding. The document id is derived from that
 * normalised text, so it is stable across runs and machines.
 */
public final class ExactDuplicates {
  /** Length of {@code doc_id} in hex chars (128 bits). */
  public static final int DOC_ID_HEX = 32;

  private ExactDuplicates() {}

  /** The content key: SHA-256 (hex) of the normalised cleaned text. */
  public static String contentKey(String cleanedText) {
    return ContentHash.sha256Hex(TextNormalizer.normalizeForKey(cleanedText));
  }

  /** The document id for a content key. */
  public static String docId(String contentKey) {
    return contentKey.substring(0, DOC_ID_HEX);
  }

  /**
   * Merges copies of one content into one document: the representative is the copy with the
   * smallest source (so the choice does not depend on arrival order); every other source (and every
   * source the copies already listed) goes to {@code duplicate_sources}, sorted.
   */
  public static Article merge(String contentKey, Iterable<Article> copies) {
    List<Article> all = new ArrayList<>();
    copies.forEach(all::add);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no copies for " + contentKey);
    }
    Article representative = all.stream().min(Comparator.comparing(Article::getSource)).orElseThrow();
    TreeSet<String> others = new TreeSet<>();
    for (Article copy : all) {
      others.add(copy.getSource());
      others.addAll(copy.getDuplicateSources());
    }
    others.remove(representative.getSource());
    return representative.toBuilder()
        .setDocId(docId(contentKey))
        .withDuplicateSources(new ArrayList<>(others))
        .build();
  }
}
