package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndonesianLowercaseTest {

  /** surface -> type of the names the hand-written rules find in lower-case text (the trained finder's input). */
  private static Map<String, EntityType> rules(String text) {
    Tokens t = new Tokens(text);
    Map<String, EntityType> out = new java.util.HashMap<>();
    for (IndonesianLowercase.Span sp : IndonesianLowercase.get().find(t, new boolean[t.n])) {
      out.putIfAbsent(text.substring(t.start[sp.ts()], t.end[sp.te()]), sp.type());
    }
    return out;
  }

  private static Map<String, EntityType> names(String text) {
    return WithoutCatalog.names(text, "id");
  }

  @Test
  void onlyTextWrittenInLowerCaseCounts() {
    assertTrue(IndonesianLowercase.mostlyLower("kuasa hukum teamster berasal dari edmonton , namun tinggal di vancouver ."));
    assertFalse(IndonesianLowercase.mostlyLower(
        "Namun, pemerintah mengatakan bahwa kebijakan tersebut akan diterapkan pada tahun depan di seluruh wilayah."));
    assertFalse(IndonesianLowercase.mostlyLower("Dalam sidang itu, Menteri Rudi Hartanto hadir."));
    assertFalse(IndonesianLowercase.mostlyLower("ya"));
  }

  @Test
  void affixedWordsAreWordsEvenWithAnUnknownStem() {
    for (String w : List.of("dijerat", "menuding", "pungkasnya", "kericuhan", "dibanderol", "mengimbau")) {
      assertTrue(IndonesianLowercase.affixed(w), w);
    }
    for (String w : List.of("hartanto", "setiawan", "mourinho", "vancouver", "menteng")) {
      assertFalse(IndonesianLowercase.affixed(w), w);
    }
  }

  @Test
  void wordsOfTheLanguageAreKnownAsWrittenOrByTheirStem() {
    IndonesianLowercase id = IndonesianLowercase.get();
    for (String w : List.of("pemerintah", "mengatakan", "kebijakan", "diterapkan", "pertandingan", "rumahnya")) {
      assertFalse(id.unknownWord(w), w);
    }
    for (String w : List.of("hadihardaja", "mourinho", "rakabuming")) {
      assertTrue(id.unknownWord(w), w);
    }
  }

  @Test
  void unknownWordsAreTypedByTheirContext() {
    Map<String, EntityType> ms = rules(
        "kuasa hukum teamster berasal dari edmonton , namun tinggal di sekitar vancouver sejak tahun 1991 , kata mourinho .");
    assertEquals(EntityType.LOCATION, ms.get("edmonton"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("vancouver"), ms.toString());
    assertEquals(EntityType.PERSON, ms.get("mourinho"), ms.toString());
    assertFalse(ms.containsKey("kuasa") || ms.containsKey("namun") || ms.containsKey("sejak"), ms.toString());
  }

  @Test
  void headsBelongToTheirNames() {
    Map<String, EntityType> ms = rules(
        "pt unilever indonesia tbk membuka pabrik di kabupaten bekasi , dekat jalan raya cikarang , menurut gubernur jawa barat .");
    assertEquals(EntityType.ORGANIZATION, ms.get("pt unilever indonesia tbk"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("kabupaten bekasi"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("jawa barat"), ms.toString());
  }

  @Test
  void rolesAndGivenNamesMakePeopleAndCommonWordsStayWords() {
    Map<String, EntityType> ms = rules(
        "menteri rudi hartanto mengakui ada surat dari jakarta , dan gigi hadid dilansir detikcom hadir di acara itu .");
    assertEquals(EntityType.PERSON, ms.get("rudi hartanto"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("jakarta"), ms.toString());
    assertEquals(EntityType.PERSON, ms.get("gigi hadid"), ms.toString());
    assertEquals(EntityType.ORGANIZATION, ms.get("detikcom"), ms.toString());
    assertFalse(ms.containsKey("surat") || ms.containsKey("dilansir") || ms.containsKey("acara"), ms.toString());
  }

  @Test
  void brandsAreOrganisationsAndWordsOfTheLanguageStayWords() {
    // instagram and samsung are in the Wikipedia word list, so only the brand list makes them names;
    // aparat (officials) is also a brand name there, but an Indonesian word first
    Map<String, EntityType> ms = rules(
        "foto itu diunggah ke instagram , lalu aparat desa membeli ponsel samsung baru untuk kantor .");
    assertEquals(EntityType.ORGANIZATION, ms.get("instagram"), ms.toString());
    assertEquals(EntityType.ORGANIZATION, ms.get("samsung"), ms.toString());
    assertFalse(ms.containsKey("aparat") || ms.containsKey("desa") || ms.containsKey("ponsel"), ms.toString());
  }

  @Test
  void aLoneAcronymWithoutCueIsLeftOut() {
    Map<String, EntityType> ms = rules("kasus itu ditangani kpk dan pks menolak usulan tersebut .");
    assertFalse(ms.containsKey("kpk") || ms.containsKey("pks"), ms.toString());
  }

  @Test
  void capitalisedTextKeepsItsOwnDiscoveryAndCommonWordsAreNotNames() {
    Map<String, EntityType> ms = names("Namun, Pembangunan jalan itu dikunjungi Bupati Klaten di Kecamatan Cawas kemarin.");
    assertFalse(ms.containsKey("Namun") || ms.containsKey("Pembangunan"), ms.toString());
    assertTrue(IndonesianLowercase.capitalisedPlaces().contains("Klaten"));
    assertFalse(IndonesianLowercase.capitalisedPlaces().contains("Baru"));
  }
}
