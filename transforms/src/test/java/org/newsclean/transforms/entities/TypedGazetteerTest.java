package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TypedGazetteerTest {
  private static TypedGazetteer parse(String text) throws Exception {
    return TypedGazetteer.parse(new BufferedReader(new StringReader(text)));
  }

  @Test
  void typesLoneWordsByKind() throws Exception {
    TypedGazetteer g = parse("# comment\ngiven\tJane\nsurname\tRoe\ncity\tSpringfield\nbig_city\tSydney\n"
        + "given\tSydney\ndemonym\tFoovian\n");
    assertEquals(EntityType.PERSON, g.loneType("Jane", EntityType.LOCATION));
    assertEquals(EntityType.PERSON, g.loneType("Roe", EntityType.LOCATION));
    assertEquals(EntityType.LOCATION, g.loneType("Springfield", EntityType.PERSON));
    // a first name that is also a large city is typed as the city
    assertEquals(EntityType.LOCATION, g.loneType("Sydney", EntityType.PERSON));
    assertFalse(g.isGivenName("Sydney"));
    assertTrue(g.isGivenName("Jane"));
    assertEquals(EntityType.ORGANIZATION, g.loneType("Acme", EntityType.ORGANIZATION));
    assertTrue(g.isNotEntity("Foovian"));
    assertFalse(g.isNotEntity("Jane"));
    assertTrue(g.isCity("Sydney"));
  }

  @Test
  void rejectsLinesWithoutKind() {
    assertThrows(IllegalStateException.class, () -> parse("Jane\n"));
  }

  @Test
  void shippedEnglishDataAndIcuLanguageNames() {
    TypedGazetteer en = TypedGazetteer.forLanguage("en");
    assertSame(en, TypedGazetteer.forLanguage("en"));
    assertTrue(en.isGivenName("Margaret"));
    assertTrue(en.isCity("Manchester"));
    assertTrue(en.isNotEntity("Albanian"));
    assertTrue(en.isNotEntity("Pashto")); // ICU's language names
    // a territory that the nationality source lists is still a place
    assertFalse(en.isNotEntity("Bermuda"));
    assertSame(TypedGazetteer.EMPTY, TypedGazetteer.forLanguage("xx"));
    assertEquals(EntityType.LOCATION, TypedGazetteer.EMPTY.loneType("Margaret", EntityType.LOCATION));
  }
}
