package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclean.transforms.entities.EntityCatalogTest.find;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Discovery without a catalog: Nori for Korean, OpenNLP proper nouns, ICU places, cross-script linking. */
class DiscoveryTest {

  private static final EntityExtractor EMPTY = WithoutCatalog.EXTRACTOR;

  private static List<String> surfaces(List<Mention> ms) {
    return ms.stream().map(Mention::surface).collect(Collectors.toList());
  }

  @Test
  void koreanNamesComeFromProperNounsWithoutTheirParticles() {
    String text = "배우 한지우 씨가 가수 오세린 씨에게 말했다. 한지우는 서울시립대학교에서 공부했다.";
    List<Mention> ms = EMPTY.extract(text, "ko");
    for (Mention m : ms) {
      assertEquals(text.substring(m.start(), m.end()), m.surface());
    }
    assertEquals(EntityType.PERSON, find(ms, "한지우").type());
    assertEquals(EntityType.PERSON, find(ms, "오세린").type());
    List<Mention> han = ms.stream().filter(m -> m.surface().equals("한지우")).toList();
    assertEquals(2, han.size(), "the particle 는 stays outside the second mention: " + surfaces(ms));
    assertEquals(han.get(0).entityId(), han.get(1).entityId());
  }

  @Test
  void koreanTypesFromHeadNounsAndPlaces() {
    List<Mention> ms = EMPTY.extract("경찰은 부산 동래구 온천동에서 한빛전자 직원을 조사했고, 미래통일당은 반발했다. 대법원은 침묵했다.", "ko");
    assertEquals(EntityType.ORGANIZATION, find(ms, "대법원").type(), surfaces(ms).toString());
    assertTrue(surfaces(ms).stream().noneMatch(s -> s.startsWith("경찰")), "generic 'the police' is no entity: " + surfaces(ms));
    assertEquals(EntityType.LOCATION, find(ms, "부산 동래구 온천동").type(), surfaces(ms).toString());
    assertEquals(EntityType.ORGANIZATION, find(ms, "미래통일당").type(), surfaces(ms).toString());
  }

  @Test
  void icuPlaceNamesMakeLocationsInTheDocumentsLanguage() {
    assertEquals(EntityType.LOCATION, find(EMPTY.extract("Die Delegation reiste gestern nach Algerien und Kairo.", "de"),
        "Algerien").type());
    assertEquals(EntityType.LOCATION, find(EMPTY.extract("Delegasi itu tiba di Mesir kemarin.", "id"), "Mesir").type());
    assertTrue(Gazetteer.places("ko").contains("독일"));
  }

  @Test
  void germanNounsAreNotNamesButProperNounsAre() {
    List<Mention> ms = EMPTY.extract("Der Vater Walter Rauschenbusch wohnte lange in Rochester.", "de");
    assertTrue(surfaces(ms).contains("Walter Rauschenbusch"), surfaces(ms).toString());
    assertTrue(surfaces(ms).stream().noneMatch(s -> s.contains("Vater")), surfaces(ms).toString());
  }

  @Test
  void phoneticSkeletonsAgreeAcrossScripts() {
    assertEquals(EntityIds.phonetic(EntityIds.key("Stefan Rose")), EntityIds.phonetic(EntityIds.key("스테판 로제")));
    assertEquals(EntityIds.phonetic(EntityIds.key("Vladimir Putin")), EntityIds.phonetic(EntityIds.key("Владимир Путин")));
    assertEquals(EntityIds.phonetic(EntityIds.key("Alexis Tsipras")), EntityIds.phonetic(EntityIds.key("Αλέξης Τσίπρας")));
    assertNotEquals(EntityIds.phonetic(EntityIds.key("Stefan Rose")), EntityIds.phonetic(EntityIds.key("Stefan Maier")));
  }

  @Test
  void aHangulNameJoinsTheLatinNameOfTheSameDocument() {
    List<Mention> ms = EMPTY.extract("연구원 스테판 로제 씨는 말했다. Stefan Rose said the model was ready.", "ko");
    Mention hangul = find(ms, "스테판 로제");
    Mention latin = find(ms, "Stefan Rose");
    assertEquals(latin.entityId(), hangul.entityId(), ms.toString());
    assertEquals("Stefan Rose", hangul.name());
    assertEquals(EntityIds.forName("Stefan Rose"), hangul.entityId(), "the id other documents give the Latin form");
  }

  @Test
  void aHangulSpellingMissingFromTheCatalogJoinsItsLatinAlias() throws IOException {
    EntityExtractor x = new EntityExtractor(EntityCatalog.parse(new StringReader(
        "per-stefan-rose\tPERSON\tStefan Rose\tStefan Rose|Rose\n"), "test"));
    List<Mention> ms = x.extract("연구원 스테판 로제 씨는 말했다.", "ko");
    assertEquals("per-stefan-rose", find(ms, "스테판 로제").entityId(), ms.toString());
  }

  @Test
  void lowerCaseTextGetsPeopleFromRolesAndSpeechAndPlacesFromIcu() {
    String text = "namun , menteri rudi hartanto mengakui ada surat dari jakarta , kata sinta .";
    List<Mention> ms = EMPTY.extract(text, "id");
    assertEquals(EntityType.PERSON, find(ms, "rudi hartanto").type(), surfaces(ms).toString());
    assertEquals(EntityType.PERSON, find(ms, "sinta").type(), surfaces(ms).toString());
    assertEquals(EntityType.LOCATION, find(ms, "jakarta").type(), surfaces(ms).toString());
    assertTrue(surfaces(ms).stream().noneMatch(s -> s.contains("namun") || s.contains("surat")), surfaces(ms).toString());
  }

  @Test
  void aKoreanProperNounThatSpeaksIsAPersonAndASingleLetterWithSsiToo() {
    List<Mention> ms = EMPTY.extract("카르데나스는 어제 기자들에게 \"협상은 끝났다\"고 말했다. A씨는 경찰에 신고했다.", "ko");
    assertEquals(EntityType.PERSON, find(ms, "카르데나스").type(), surfaces(ms).toString());
    assertEquals(EntityType.PERSON, find(ms, "A").type(), surfaces(ms).toString());
  }
}
