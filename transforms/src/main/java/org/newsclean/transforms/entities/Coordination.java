package org.newsclean.transforms.entities;

import java.util.Set;

/**
 * Type agreement inside lists: names joined by commas and {@code and}/{@code or} ("Mohanlal, Suresh
 * Gopi and Shobana"; "Dorset, Devon and Cornwall") are most often of one type, so a lone name typed
 * only by a default takes the type of the names of the list whose type rests on evidence (a cue, a
 * gazetteer, the shape of a full name), when those agree.
 *
 * <p>Stateless and thread-safe.
 */
final class Coordination {
  /** lang -> lower-case words joining the items of a list. */
  private static final java.util.Map<String, Set<String>> JOINERS = java.util.Map.of(
      "en", Set.of("and", "or", "&")); // measured for fr/es/pt/de too: no gain there (docs/quality.md)

  private Coordination() {}

  /** Does this language have list joiners here? */
  static boolean supports(String lang) {
    return JOINERS.containsKey(lang);
  }

  /**
   * Spreads types along lists. Candidates are given in text order as token spans {@code [ts[k], te[k]]}
   * with their {@code types}; {@code evidence[k]}: the type rests on evidence; {@code weak[k]}: a lone
   * name typed by a default, which may change. Returns the new types (the array passed in, updated).
   */
  static EntityType[] spread(Tokens t, String lang, int[] ts, int[] te, EntityType[] types, boolean[] evidence,
      boolean[] weak) {
    Set<String> joiners = JOINERS.get(lang);
    int n = types.length;
    if (joiners == null || n < 2) {
      return types;
    }
    int start = 0;
    while (start < n) {
      int end = start;
      while (end + 1 < n && joined(t, te[end], ts[end + 1], joiners)) {
        end++;
      }
      if (end > start) {
        EntityType agreed = null;
        boolean conflict = false;
        for (int k = start; k <= end; k++) {
          if (evidence[k] && types[k] != null) {
            if (agreed == null) {
              agreed = types[k];
            } else if (agreed != types[k]) {
              conflict = true;
            }
          }
        }
        if (agreed != null && !conflict && isNameType(agreed)) {
          for (int k = start; k <= end; k++) {
            if (weak[k] && isNameType(types[k])) {
              types[k] = agreed;
            }
          }
        }
      }
      start = end + 1;
    }
    return types;
  }

  private static boolean isNameType(EntityType type) {
    return type == EntityType.PERSON || type == EntityType.LOCATION || type == EntityType.ORGANIZATION;
  }

  /** Only a comma, a joiner, or a comma and a joiner between token {@code a} and token {@code b}. */
  private static boolean joined(Tokens t, int a, int b, Set<String> joiners) {
    int gap = b - a - 1;
    if (gap < 1 || gap > 2 || t.newline[b]) {
      return false;
    }
    int k = a + 1;
    if (t.isPunct(k, ',')) {
      if (gap == 1) {
        return true;
      }
      k++;
    } else if (gap == 2) {
      return false;
    }
    return t.kind[k] == Tokens.LETTER && joiners.contains(t.lower(k)) || t.isPunct(k, '&');
  }
}
