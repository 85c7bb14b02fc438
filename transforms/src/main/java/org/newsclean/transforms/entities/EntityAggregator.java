package org.newsclean.transforms.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsclean.transforms.records.Article;
import org.newsclean.transforms.records.EntityRecord;
import org.newsclean.transforms.records.EntityRef;
import org.newsclean.transforms.records.MentionRef;

/**
 * Summaries of entity mentions: per document ({@link EntityRef}) and over the whole run ({@link
 * EntityRecord}). Every choice (name, type, order) is a pure function of the mentions, never of the
 * order they arrive in.
 */
public final class EntityAggregator {
  private EntityAggregator() {}

  /** Per-document summary: one entry per entity, most mentioned first, then by id. */
  public static List<EntityRef> summarize(List<Mention> mentions) {
    Map<String, List<Mention>> byId = new TreeMap<>();
    for (Mention m : mentions) {
      byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    }
    List<EntityRef> refs = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : byId.entrySet()) {
      Map<String, Long> names = new HashMap<>();
      Map<String, Long> types = new HashMap<>();
      for (Mention m : e.getValue()) {
        names.merge(m.name(), 1L, Long::sum);
        types.merge(m.type().name(), 1L, Long::sum);
      }
      refs.add(EntityRef.create(e.getKey(), mostFrequent(names), mostFrequent(types), e.getValue().size()));
    }
    refs.sort(Comparator.comparingInt(EntityRef::getCount).reversed().thenComparing(EntityRef::getEntityId));
    return refs;
  }

  /** One partial entity record per entity of one document, to be merged across documents. */
  public static List<EntityRecord> partials(Article document) {
    String docId = document.getDocId();
    String language = document.getLanguage() == null ? "und" : document.getLanguage();
    Map<String, List<MentionRef>> byId = new LinkedHashMap<>();
    for (MentionRef m : document.getMentions()) {
      byId.computeIfAbsent(m.getEntityId(), k -> new ArrayList<>()).add(m);
    }
    List<EntityRecord> out = new ArrayList<>();
    for (Map.Entry<String, List<MentionRef>> e : byId.entrySet()) {
      Map<String, Long> names = new HashMap<>();
      Map<String, Long> types = new HashMap<>();
      TreeSet<String> surfaces = new TreeSet<>();
      for (MentionRef m : e.getValue()) {
        names.merge(m.getName(), 1L, Long::sum);
        types.merge(m.getType(), 1L, Long::sum);
        surfaces.add(m.getSurface());
      }
      out.add(
          EntityRecord.create(
              e.getKey(),
              mostFrequent(names),
              mostFrequent(types),
              new ArrayList<>(surfaces),
              List.of(docId),
              e.getValue().size(),
              List.of(language)));
    }
    return out;
  }

  /**
   * Merges partial records of one entity: name and type are those with the most mentions (ties:
   * the smallest string), lists are sorted unions, counts add up.
   */
  public static EntityRecord merge(String entityId, Iterable<EntityRecord> parts) {
    Map<String, Long> names = new HashMap<>();
    Map<String, Long> types = new HashMap<>();
    TreeSet<String> aliases = new TreeSet<>();
    TreeSet<String> docIds = new TreeSet<>();
    TreeSet<String> languages = new TreeSet<>();
    long count = 0;
    for (EntityRecord part : parts) {
      names.merge(part.getName(), part.getMentionCount(), Long::sum);
      types.merge(part.getType(), part.getMentionCount(), Long::sum);
      aliases.addAll(part.getAliases());
      docIds.addAll(part.getDocIds());
      languages.addAll(part.getLanguages());
      count += part.getMentionCount();
    }
    if (count == 0) {
      throw new IllegalArgumentException("no mentions for entity " + entityId);
    }
    return EntityRecord.create(
        entityId,
        mostFrequent(names),
        mostFrequent(types),
        new ArrayList<>(aliases),
        new ArrayList<>(docIds),
        count,
        new ArrayList<>(languages));
  }

  private static String mostFrequent(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }
}
