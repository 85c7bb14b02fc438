package org.newsclean.transforms.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.openhft.hashing.LongHashFunction;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.QuoteRef;

/**
 * What survives translation of a news story, for clustering documents across languages (Beam-free):
 *
 * <ul>
 *   <li>features with counts: each linked entity id ({@code e:<entity_id>}, with its mention count; this
 *       includes dates and amounts, normalised by entity extraction) and each number written with digits
 *       ({@code n:<digits>}, at least two digits, thousands separators dropped, with its count);
 *   <li>the quoted speakers in text order ({@code speaker_entity_id}, or {@code ?} for an unattributed quote).
 * </ul>
 *
 * <p>Similarity of two profiles: the weighted Jaccard of the features (sum of min counts over sum of max
 * counts); when at least one of them has quotes, averaged with the quote-order similarity (longest common
 * subsequence of the speaker sequences over the longer sequence). A translation keeps entities, numbers and the
 * order of quotes, so it scores near 1; another article on the same events shares entities but not the
 * counts, numbers and quote order. Immutable.
 */
public record StoryProfile(Map<String, Integer> features, List<String> speakers) {
  /** Documents with fewer distinct features are too thin to link (each stays a story of its own). */
  public static final int MIN_FEATURES = 3;
  /** Default similarity from which two documents tell the same story (measured: docs/dedup.md). */
  public static final double DEFAULT_THRESHOLD = 0.7;

  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,\u00A0 ]\\p{Nd}{3}(?!\\p{Nd}))*");
  private static final LongHashFunction FEATURE_HASH = LongHashFunction.xx3(0x53746f7279L);

  public StoryProfile {
    features = java.util.Collections.unmodifiableMap(new TreeMap<>(features));
    speakers = List.copyOf(speakers);
  }

  public static StoryProfile of(Article article) {
    TreeMap<String, Integer> features = new TreeMap<>();
    for (EntityRef e : article.getEntities()) {
      features.merge("e:" + e.getEntityId(), e.getCount(), Integer::sum);
    }
    Matcher m = NUMBER.matcher(article.getText());
    while (m.find()) {
      StringBuilder digits = new StringBuilder();
      m.group().codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
      if (digits.length() >= 2) {
        features.merge("n:" + digits, 1, Integer::sum);
      }
    }
    List<String> speakers = new ArrayList<>();
    for (QuoteRef q : article.getQuotes()) {
      speakers.add(q.getSpeakerEntityId() == null ? "?" : q.getSpeakerEntityId());
    }
    return new StoryProfile(features, speakers);
  }

  public boolean linkable() {
    return features.size() >= MIN_FEATURES;
  }

  /** Sorted distinct 64-bit hashes of the feature keys (counts ignored), for MinHash candidates. */
  public long[] featureHashes() {
    long[] hashes = features.keySet().stream().mapToLong(FEATURE_HASH::hashChars).sorted().distinct().toArray();
    return hashes;
  }

  public static double similarity(StoryProfile a, StoryProfile b) {
    // both feature maps are sorted by key: one merge walk over the two gives the sums over their union
    Iterator<Map.Entry<String, Integer>> x = a.features.entrySet().iterator();
    Iterator<Map.Entry<String, Integer>> y = b.features.entrySet().iterator();
    Map.Entry<String, Integer> ex = x.hasNext() ? x.next() : null;
    Map.Entry<String, Integer> ey = y.hasNext() ? y.next() : null;
    long min = 0;
    long max = 0;
    while (ex != null || ey != null) {
      int c = ex == null ? 1 : ey == null ? -1 : ex.getKey().compareTo(ey.getKey());
      if (c == 0) {
        int cx = ex.getValue();
        int cy = ey.getValue();
        min += Math.min(cx, cy);
        max += Math.max(cx, cy);
        ex = x.hasNext() ? x.next() : null;
        ey = y.hasNext() ? y.next() : null;
      } else if (c < 0) {
        // a key of a only: min(count, 0), max(count, 0)
        min += Math.min(ex.getValue(), 0);
        max += Math.max(ex.getValue(), 0);
        ex = x.hasNext() ? x.next() : null;
      } else {
        min += Math.min(ey.getValue(), 0);
        max += Math.max(ey.getValue(), 0);
        ey = y.hasNext() ? y.next() : null;
      }
    }
    double features = max == 0 ? 0 : (double) min / max;
    if (a.speakers.isEmpty() && b.speakers.isEmpty()) {
      return features;
    }
    double quotes = (double) lcs(a.speakers, b.speakers) / Math.max(a.speakers.size(), b.speakers.size());
    return (features + quotes) / 2;
  }

  private static int lcs(List<String> x, List<String> y) {
    int[] prev = new int[y.size() + 1];
    int[] cur = new int[y.size() + 1];
    for (int i = 0; i < x.size(); i++) {
      for (int j = 0; j < y.size(); j++) {
        cur[j + 1] = x.get(i).equals(y.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      Arrays.fill(cur, 0);
    }
    return prev[y.size()];
  }

  /** One line: features {@code key=count} joined by TAB, then U+0001, then the speakers joined by TAB. */
  public String encode() {
    StringBuilder sb = new StringBuilder();
    features.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "\t").append(k).append('=').append(v));
    sb.append('\u0001').append(String.join("\t", speakers));
    return sb.toString();
  }

  public static StoryProfile decode(String line) {
    int sep = line.indexOf('\u0001');
    Map<String, Integer> features = new TreeMap<>();
    String f = line.substring(0, sep);
    if (!f.isEmpty()) {
      for (String kv : f.split("\t")) {
        int eq = kv.lastIndexOf('=');
        features.put(kv.substring(0, eq), Integer.parseInt(kv.substring(eq + 1)));
      }
    }
    String s = line.substring(sep + 1);
    return new StoryProfile(features, s.isEmpty() ? List.of() : List.of(s.split("\t")));
  }
}
