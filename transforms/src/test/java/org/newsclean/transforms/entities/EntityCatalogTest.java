package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCatalogTest {

  @Test
  void defaultCatalogHasTheRequiredEquivalences() {
    EntityCatalog c = EntityCatalog.loadDefault();
    assertTrue(c.size() >= 40, "size " + c.size());
    assertSame(c, EntityCatalog.loadDefault(), "cached");
    assertAliases(c, "prod-llama-3", EntityType.PRODUCT, "Llama3", "Llama 3", "라마3");
    assertAliases(c, "org-meta", EntityType.ORGANIZATION, "Meta", "메타");
    assertAliases(c, "case-kadrey-v-meta", EntityType.LEGAL_CASE, "Kadrey v. Meta", "Kadrey c. Meta", "카드레이 대 메타");
    assertAliases(c, "per-mark-zuckerberg", EntityType.PERSON, "Zuckerberg", "Mark Zuckerberg", "주커버그");
    assertAliases(c, "org-mistral-ai", EntityType.ORGANIZATION, "Mistral", "미스트랄", "Mistral AI");
    assertAliases(c, "org-university-of-washington", EntityType.ORGANIZATION, "Universitas Washington");
    assertEquals("Llama 3", c.get("prod-llama-3").name());
  }

  private static void assertAliases(EntityCatalog c, String id, EntityType type, String... aliases) {
    EntityCatalog.Entry e = c.get(id);
    assertNotNull(e, id);
    assertEquals(type, e.type(), id);
    for (String a : aliases) {
      assertTrue(e.aliases().contains(a), id + " lacks alias " + a + ": " + e.aliases());
    }
  }

  @Test
  void userFileIsParsedCommentsSkippedAndNameIsAnAlias(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "\uFEFF# my catalog\n\n"
        + "org-acme\tORGANIZATION\tAcme Widgets\tAcme|애크미\n"
        + "per-jane-roe\tperson\tJane Roe\n", StandardCharsets.UTF_8);
    EntityCatalog c = EntityCatalog.load(f);
    assertEquals(2, c.size());
    assertEquals(List.of("Acme Widgets", "Acme", "애크미"), c.get("org-acme").aliases());
    assertEquals(EntityType.PERSON, c.get("per-jane-roe").type());
    assertEquals(List.of("Jane Roe"), c.get("per-jane-roe").aliases());
  }

  @Test
  void badLinesAreRejectedWithTheLineNumber(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "# x\nx-1\tTHING\tFoo\n", StandardCharsets.UTF_8);
    IOException e = assertThrows(IOException.class, () -> EntityCatalog.load(f));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    Files.writeString(f, "only-one-column\n", StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> EntityCatalog.load(f));
  }

  @Test
  void userFileAddsAnAliasAndANewEntityAndTheExtractorUsesThem(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("user.tsv");
    Files.writeString(f, "per-mark-zuckerberg\tPERSON\tMark Zuckerberg\tZuck|저크\n"
        + "org-acme\tORGANIZATION\tAcme Widgets\tAcme Widgets|Acme\n", StandardCharsets.UTF_8);
    EntityCatalog base = EntityCatalog.loadDefault();
    EntityCatalog merged = base.merge(EntityCatalog.load(f));
    assertEquals(base.size() + 1, merged.size());
    EntityCatalog.Entry z = merged.get("per-mark-zuckerberg");
    assertTrue(z.aliases().contains("Zuck"));
    assertTrue(z.aliases().contains("주커버그"), "default aliases are kept");
    assertFalse(base.get("per-mark-zuckerberg").aliases().contains("Zuck"), "base catalog is immutable");

    EntityExtractor x = new EntityExtractor(merged);
    List<Mention> ms = x.extract("Kemarin Zuck bertemu dengan pendiri Acme di Jakarta.", "id");
    Mention zuck = find(ms, "Zuck");
    assertEquals("per-mark-zuckerberg", zuck.entityId());
    assertEquals("Mark Zuckerberg", zuck.name());
    assertEquals(EntityType.PERSON, zuck.type());
    Mention acme = find(ms, "Acme");
    assertEquals("org-acme", acme.entityId());
    assertEquals("Acme Widgets", acme.name());
  }

  @Test
  void mergeLetsTheOtherCatalogWinTypeNameAndAliases() throws IOException {
    EntityCatalog a = EntityCatalog.parse(new java.io.StringReader(
        "x-1\tORGANIZATION\tFoo\tFoo|Foozle\nx-2\tPRODUCT\tBar\tBar|Barz\n"), "a");
    EntityCatalog b = EntityCatalog.parse(new java.io.StringReader(
        "x-1\tPRODUCT\tFoo One\tFoo 1\nx-3\tPRODUCT\tBaz\tBarz\n"), "b");
    EntityCatalog m = a.merge(b);
    assertEquals(3, m.size());
    assertEquals(EntityType.PRODUCT, m.get("x-1").type());
    assertEquals("Foo One", m.get("x-1").name());
    assertTrue(m.get("x-1").aliases().containsAll(List.of("Foo One", "Foo 1", "Foo", "Foozle")));
    assertFalse(m.get("x-2").aliases().contains("Barz"), "alias claimed by the other catalog moves");
    List<Mention> ms = new EntityExtractor(m).extract("We tested Barz and Foozle.", "en");
    assertEquals("x-3", find(ms, "Barz").entityId());
    assertEquals("x-1", find(ms, "Foozle").entityId());
    assertNull(m.get("x-4"));
  }

  static Mention find(List<Mention> ms, String surface) {
    return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms));
  }
}
