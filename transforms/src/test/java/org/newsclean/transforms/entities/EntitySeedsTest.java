package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quality bar on the five seed articles (../seeds from the transforms module). */
class EntitySeedsTest {

  /** Seed file prefix -> language (the seeds are id, fr, id, pt, ko). */
  private static final Map<String, String> LANG = Map.of(
      "000", "id", "001", "fr", "002", "id", "003", "pt", "004", "ko");

  private static final Map<String, String> TEXT = new LinkedHashMap<>();
  private static final Map<String, List<Mention>> MENTIONS = new LinkedHashMap<>();

  @BeforeAll
  static void extract() throws IOException {
    Path dir = Paths.get("..", "seeds");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    assertEquals(5, files.size(), "five seeds in " + dir.toAbsolutePath());
    EntityExtractor x = EntityExtractor.withDefaultCatalog();
    for (Path p : files) {
      String doc = p.getFileName().toString().substring(0, 3);
      String text = Files.readString(p);
      TEXT.put(doc, text);
      MENTIONS.put(doc, x.extract(text, LANG.get(doc)));
    }
  }

  /**
   * Every occurrence of every surface in the seeds is a mention of this id and type, or lies inside a
   * longer mention (Meta inside Kadrey v. Meta); at least one occurrence is a mention of its own.
   */
  private static void assertEntity(String id, EntityType type, String... surfaces) {
    int exact = 0;
    for (String doc : TEXT.keySet()) {
      String text = TEXT.get(doc);
      List<Mention> ms = MENTIONS.get(doc);
      for (String s : surfaces) {
        for (int at : occurrences(text, s)) {
          int e = at + s.length();
          Mention m = ms.stream().filter(x -> x.start() <= at && x.end() >= e).findFirst()
              .orElseThrow(() -> new AssertionError(doc + ": '" + s + "' at " + at + " not found"));
          if (m.start() == at && m.end() == e) {
            assertEquals(id, m.entityId(), doc + ": " + s + " at " + at);
            assertEquals(type, m.type(), doc + ": " + s + " at " + at);
            exact++;
          }
        }
      }
    }
    assertTrue(exact > 0, "no seed mention of " + List.of(surfaces));
  }

  /** Occurrences not inside a longer Latin word; Hangul may be followed by a particle. */
  private static List<Integer> occurrences(String text, String s) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int i = text.indexOf(s, from);
      if (i < 0) {
        return out;
      }
      int e = i + s.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      char last = s.charAt(s.length() - 1);
      boolean hangul = last >= 0xAC00 && last <= 0xD7A3;
      boolean after = e >= text.length() || hangul || !Character.isLetterOrDigit(text.charAt(e))
          || text.charAt(e) >= 0xAC00 && text.charAt(e) <= 0xD7A3;
      if (before && after) {
        out.add(i);
      }
      from = i + 1;
    }
  }

  @Test
  void people() {
    assertEntity("per-ahmad-al-dahle", EntityType.PERSON, "Ahmad Al-Dahle");
    assertEntity("per-mark-zuckerberg", EntityType.PERSON, "Mark Zuckerberg", "주커버그");
    assertEntity("per-hugo-touvron", EntityType.PERSON, "Hugo Touvron");
    assertEntity("per-alex-ratner", EntityType.PERSON, "Alex Ratner");
    assertEntity("per-bindu-reddy", EntityType.PERSON, "Bindu Reddy");
    assertEntity("per-aaron-levie", EntityType.PERSON, "Aaron Levie");
  }

  @Test
  void organisations() {
    String[][] orgs = {
      {"org-meta", "Meta", "메타"}, {"org-openai", "OpenAI"}, {"org-anthropic", "Anthropic"}, {"org-google", "Google"},
      {"org-mistral-ai", "Mistral AI", "미스트랄"}, {"org-snorkel-ai", "Snorkel AI"}, {"org-abacus-ai", "Abacus.AI"},
      {"org-box", "Box"}, {"org-hugging-face", "Hugging Face"}, {"org-cengage-learning", "Cengage Learning"},
      {"org-macmillan-learning", "Macmillan Learning"}, {"org-mcgraw-hill", "McGraw Hill"},
      {"org-pearson-education", "Pearson Education"}, {"org-open-source-initiative", "Open Source Initiative"},
      {"org-university-of-washington", "Universitas Washington"}, {"org-tiktok", "TikTok"},
      {"org-snapchat", "Snapchat"}, {"org-libgen", "LibGen"},
    };
    for (String[] o : orgs) {
      assertEntity(o[0], EntityType.ORGANIZATION, java.util.Arrays.copyOfRange(o, 1, o.length));
    }
  }

  @Test
  void productsAndCase() {
    assertEntity("prod-llama-3", EntityType.PRODUCT, "Llama3", "Llama 3", "라마3");
    assertEntity("prod-llama-2", EntityType.PRODUCT, "Llama2", "Llama 2");
    assertEntity("prod-gpt-4", EntityType.PRODUCT, "GPT-4");
    assertEntity("prod-claude", EntityType.PRODUCT, "Claude");
    assertEntity("prod-gemini", EntityType.PRODUCT, "Gemini");
    assertEntity("prod-pytorch", EntityType.PRODUCT, "PyTorch");
    assertEntity("prod-react", EntityType.PRODUCT, "React");
    assertEntity("prod-graphql", EntityType.PRODUCT, "GraphQL");
    assertEntity("case-kadrey-v-meta", EntityType.LEGAL_CASE, "Kadrey v. Meta", "Kadrey c. Meta", "카드레이 대 메타");
  }

  @Test
  void shortFormsJoinTheirFullForm() {
    // in the pt and fr seeds the short forms come after the full name
    assertEntity("per-ahmad-al-dahle", EntityType.PERSON, "Al-Dahle");
    assertEntity("per-hugo-touvron", EntityType.PERSON, "Touvron");
    assertEntity("per-alex-ratner", EntityType.PERSON, "Ratner");
    assertEntity("per-mark-zuckerberg", EntityType.PERSON, "Zuckerberg");
  }

  @Test
  void everyEntityHasOneIdAcrossTheFiveDocuments() {
    // normalised surface -> ids; the same written name must never get two ids
    Map<String, Set<String>> idsBySurface = new HashMap<>();
    Map<String, Set<EntityType>> typesById = new HashMap<>();
    Map<String, Set<String>> namesById = new HashMap<>();
    for (List<Mention> ms : MENTIONS.values()) {
      for (Mention m : ms) {
        idsBySurface.computeIfAbsent(EntityIds.key(m.surface()), k -> new HashSet<>()).add(m.entityId());
        typesById.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.type());
        namesById.computeIfAbsent(m.entityId(), k -> new HashSet<>()).add(m.name());
      }
    }
    idsBySurface.forEach((s, ids) -> assertEquals(1, ids.size(), s + " -> " + ids));
    typesById.forEach((id, types) -> assertEquals(1, types.size(), id + " -> " + types));
    namesById.forEach((id, names) -> assertEquals(1, names.size(), id + " -> " + names));
    // the core entities appear in every document under the same id
    for (String id : List.of("org-meta", "prod-llama-3", "org-openai", "org-anthropic", "org-mistral-ai",
        "per-mark-zuckerberg")) {
      for (String doc : MENTIONS.keySet()) {
        assertTrue(MENTIONS.get(doc).stream().anyMatch(m -> m.entityId().equals(id)), doc + " lacks " + id);
      }
    }
  }

  @Test
  void datesAndAmountsAreNormalisedAcrossLanguages() {
    // July 2024 is in the id, fr, pt and ko seeds
    List<String> docsWithJuly = new ArrayList<>();
    for (String doc : MENTIONS.keySet()) {
      for (Mention m : MENTIONS.get(doc)) {
        if (m.type() == EntityType.DATE && m.entityId().equals("date-2024-07")) {
          docsWithJuly.add(doc);
          assertEquals("2024-07", m.name());
          break;
        }
      }
    }
    assertEquals(List.of("000", "001", "003", "004"), docsWithJuly);
    assertTrue(MENTIONS.get("003").stream().anyMatch(m -> m.entityId().equals("date-2023-10")));
    // 64k GPUs in id, fr, pt, ko
    for (String doc : List.of("000", "001", "003", "004")) {
      assertTrue(MENTIONS.get(doc).stream().anyMatch(m -> m.type() == EntityType.AMOUNT
          && m.name().equals("64000 GPU")), doc);
    }
    assertTrue(MENTIONS.get("002").stream().anyMatch(m -> m.type() == EntityType.AMOUNT
        && m.surface().startsWith("700 juta") && m.name().startsWith("700000000")));
    assertTrue(MENTIONS.get("002").stream().anyMatch(m -> m.type() == EntityType.AMOUNT
        && m.surface().equals("ratusan miliar dolar")));
  }

  @Test
  void noCommonWordIsAnEntity() {
    Set<String> common = Set.of("Namun", "Cependant", "Dalam", "Meskipun", "Meski", "Selon", "Embora", "Hal",
        "Artikel", "Menurut", "Pada", "Secara", "Dans", "Malgré", "Quando", "Os", "As", "Ini", "Itu", "Anda",
        "Mereka", "Kami", "Saya", "Para", "Ketika", "Tahun", "Rabu", "Jaksa", "Startup", "Versi", "Istilah",
        "Internal", "Kecemasan", "Penghinaan", "Mentalitas", "Masalah", "Prospek", "Generative", "Generatif",
        "Generativa", "AI", "IA", "API", "GPU", "CEO", "VP", "PDG", "LLM", "Cet", "Cela", "Les", "La", "Nous",
        "Alors", "Il", "Em", "No", "Este", "Temos", "Precisamos", "Devemos", "Honestamente", "Executivos", "Há",
        "Raksasa", "Saham", "Dia", "Jadi", "Mengapa", "Anggota", "Sungguh", "Tidak", "Data", "Keuntungan", "내부");
    for (String doc : MENTIONS.keySet()) {
      for (Mention m : MENTIONS.get(doc)) {
        if (m.type() == EntityType.AMOUNT) {
          continue; // "GPU 64k": the unit is part of an amount
        }
        // neither the whole mention nor its first word ("Dalam Kadrey v. Meta")
        assertFalse(common.contains(m.surface()), doc + ": common word " + m);
        assertFalse(common.contains(m.surface().split("[\\s,]+")[0]), doc + ": starts with a common word " + m);
      }
    }
  }

  @Test
  void mentionsAreSortedNonOverlappingAndMatchTheText() {
    for (String doc : MENTIONS.keySet()) {
      String text = TEXT.get(doc);
      int last = -1;
      for (Mention m : MENTIONS.get(doc)) {
        assertTrue(m.start() >= last, doc + ": " + m);
        assertEquals(text.substring(m.start(), m.end()), m.surface());
        last = m.end();
      }
    }
  }
}
