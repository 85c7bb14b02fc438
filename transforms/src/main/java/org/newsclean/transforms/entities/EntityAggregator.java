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
    Totals totals = new Totals(entityId);
    for (EntityRecord part : parts) {
      totals.add(part);
    }
    return totals.toRecord();
  }

  /**
   * What {@link #merge} sums over the partial records of one entity, kept so that totals of disjoint sets of
   * partial records can be added up in any grouping and order ({@link #addAll}) and still give what {@code merge}
   * gives for all of them: mentions per name and per type, the sorted unions of aliases, documents and languages,
   * and the mention count. Mutable; the maps and sets are sorted, so an encoding of them is deterministic.
   */
  public static final class Totals {
    String entityId;
    final TreeMap<String, Long> names = new TreeMap<>();
    final TreeMap<String, Long> types = new TreeMap<>();
    final TreeSet<String> aliases = new TreeSet<>();
    final TreeSet<String> docIds = new TreeSet<>();
    final TreeSet<String> languages = new TreeSet<>();
    long count;

    /** Totals of no record; {@code entityId} may be null, and is then that of the first record added. */
    public Totals(String entityId) {
      this.entityId = entityId;
    }

    public String entityId() {
      return entityId;
    }

    private void sameEntity(String other) {
      if (entityId == null) {
        entityId = other;
      } else if (other != null && !other.equals(entityId)) {
        throw new IllegalArgumentException("totals of " + other + " added to those of " + entityId);
      }
    }

    public Totals add(EntityRecord part) {
      sameEntity(part.getEntityId());
      names.merge(part.getName(), part.getMentionCount(), Long::sum);
      types.merge(part.getType(), part.getMentionCount(), Long::sum);
      aliases.addAll(part.getAliases());
      docIds.addAll(part.getDocIds());
      languages.addAll(part.getLanguages());
      count += part.getMentionCount();
      return this;
    }

    /** Adds the totals of other partial records of the same entity. */
    public Totals addAll(Totals other) {
      sameEntity(other.entityId);
      other.names.forEach((k, v) -> names.merge(k, v, Long::sum));
      other.types.forEach((k, v) -> types.merge(k, v, Long::sum));
      aliases.addAll(other.aliases);
      docIds.addAll(other.docIds);
      languages.addAll(other.languages);
      count += other.count;
      return this;
    }

    public EntityRecord toRecord() {
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Totals t
          && java.util.Objects.equals(entityId, t.entityId)
          && names.equals(t.names)
          && types.equals(t.types)
          && aliases.equals(t.aliases)
          && docIds.equals(t.docIds)
          && languages.equals(t.languages)
          && count == t.count;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(entityId, names, types, aliases, docIds, languages, count);
    }
  }

  private static String mostFrequent(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .orElseThrow()
        .getKey();
  }
}
