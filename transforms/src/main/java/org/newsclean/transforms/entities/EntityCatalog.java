package org.newsclean.transforms.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A list of known entities with their aliases in any script. Immutable and thread-safe.
 *
 * <p>File format (UTF-8, one entity a line, tab-separated; '#' starts a comment line):
 *
 * <pre>entity_id &lt;TAB&gt; type &lt;TAB&gt; canonical name &lt;TAB&gt; alias|alias|...</pre>
 *
 * <p>{@code type} is an {@link EntityType} name. The canonical name is always an alias too. The
 * shipped catalog ({@link #loadDefault()}) documents the id scheme in its header.
 */
public final class EntityCatalog {

  /** Resource path of the shipped catalog. */
  public static final String DEFAULT_RESOURCE = "entity-catalog.tsv";

  /** One catalog entity. */
  public record Entry(String id, EntityType type, String name, List<String> aliases) {
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
    }
  }

  private static volatile EntityCatalog defaultCatalog;

  private final Map<String, Entry> byId;

  private EntityCatalog(Map<String, Entry> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  /** The catalog shipped with the project (cached; it is immutable). */
  public static EntityCatalog loadDefault() {
    EntityCatalog c = defaultCatalog;
    if (c == null) {
      synchronized (EntityCatalog.class) {
        c = defaultCatalog;
        if (c == null) {
          try (InputStream in = EntityCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            c = parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          defaultCatalog = c;
        }
      }
    }
    return c;
  }

  /** Reads a catalog file in the same format as the shipped one. */
  public static EntityCatalog load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /** Parses catalog text (same format). */
  public static EntityCatalog parse(Reader reader, String sourceName) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String line;
    int lineNo = 0;
    while ((line = br.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 3) {
        throw new IOException(sourceName + ":" + lineNo + ": expected at least 3 tab-separated columns");
      }
      String id = cols[0].strip();
      String typeName = cols[1].strip();
      String name = cols[2].strip();
      if (id.isEmpty() || name.isEmpty()) {
        throw new IOException(sourceName + ":" + lineNo + ": empty entity_id or name");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(typeName.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IOException(sourceName + ":" + lineNo + ": unknown type '" + typeName + "'");
      }
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(name);
      if (cols.length > 3) {
        for (String a : cols[3].split("\\|")) {
          String s = a.strip();
          if (!s.isEmpty()) {
            aliases.add(s);
          }
        }
      }
      Entry prev = entries.get(id);
      if (prev != null) { // repeated id in one file: later line wins, aliases accumulate
        Set<String> all = new LinkedHashSet<>(prev.aliases());
        all.addAll(aliases);
        aliases = all;
      }
      entries.put(id, new Entry(id, type, name, new ArrayList<>(aliases)));
    }
    return new EntityCatalog(entries);
  }

  /**
   * A new catalog with this catalog's entries overridden by {@code other}'s: an entity of the
   * same id takes the other's type and name and the union of aliases; new ids are added; an
   * alias claimed by the other catalog is removed from this catalog's other entities.
   */
  public EntityCatalog merge(EntityCatalog other) {
    Set<String> claimed = new java.util.HashSet<>();
    for (Entry e : other.byId.values()) {
      for (String a : e.aliases()) {
        claimed.add(a);
      }
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Entry e : byId.values()) {
      Entry o = other.byId.get(e.id());
      if (o != null) {
        Set<String> all = new LinkedHashSet<>(o.aliases());
        all.addAll(e.aliases());
        out.put(e.id(), new Entry(e.id(), o.type(), o.name(), new ArrayList<>(all)));
      } else {
        List<String> kept = new ArrayList<>();
        for (String a : e.aliases()) {
          if (!claimed.contains(a)) {
            kept.add(a);
          }
        }
        out.put(e.id(), new Entry(e.id(), e.type(), e.name(), kept));
      }
    }
    for (Entry o : other.byId.values()) {
      out.putIfAbsent(o.id(), o);
    }
    return new EntityCatalog(out);
  }

  /** Number of entities. */
  public int size() {
    return byId.size();
  }

  /** The entity of this id, or null. */
  public Entry get(String id) {
    return byId.get(id);
  }

  /** All entities, in file order. */
  public Collection<Entry> entries() {
    return byId.values();
  }
}
