package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The trained name finder of lower-case Indonesian (NERP's training split) and its use by the extractor. */
class IndonesianNamesTest {

  private static Map<String, EntityType> names(String text) {
    return WithoutCatalog.names(text, "id");
  }

  @Test
  void peoplePlacesAndOrganisationsAreFoundInLowerCaseText() {
    Map<String, EntityType> ms = names(
        "presiden joko widodo meresmikan bandara baru di kota medan bersama menteri perhubungan budi karya sumadi .");
    assertEquals(EntityType.PERSON, ms.get("joko widodo"), ms.toString());
    assertEquals(EntityType.PERSON, ms.get("budi karya sumadi"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("kota medan"), ms.toString());
    assertFalse(ms.containsKey("presiden") || ms.containsKey("bandara") || ms.containsKey("menteri"), ms.toString());
    Map<String, EntityType> company = names(
        "pt unilever indonesia tbk membuka pabrik di kabupaten bekasi , menurut gubernur jawa barat .");
    assertEquals(EntityType.ORGANIZATION, company.get("pt unilever indonesia tbk"), company.toString());
    assertEquals(EntityType.LOCATION, company.get("jawa barat"), company.toString());
  }

  @Test
  void inCasedTextTheFinderDropsAndRetypesTheRulesWeakNames() {
    String text = "Perayaan HUT Kemerdekaan berlangsung meriah di Lapangan Merdeka, kata Bupati Sleman Sri Purnomo.";
    Map<String, EntityType> rules = EntityExtractor.rulesOnly().extract(text, "id").stream()
        .collect(java.util.stream.Collectors.toMap(Mention::surface, Mention::type, (a, b) -> a));
    // what the rules alone make of it: a celebration as an organisation, a square as a person
    assertEquals(EntityType.ORGANIZATION, rules.get("Perayaan HUT Kemerdekaan"), rules.toString());
    assertEquals(EntityType.PERSON, rules.get("Lapangan Merdeka"), rules.toString());
    Map<String, EntityType> ms = names(text);
    assertFalse(ms.containsKey("Perayaan HUT Kemerdekaan"), ms.toString());
    assertEquals(EntityType.LOCATION, ms.get("Lapangan Merdeka"), ms.toString());
    Map<String, EntityType> match = names("Pertandingan Persib Bandung melawan Arema FC digelar di Stadion Gelora Bandung Lautan Api.");
    assertEquals(EntityType.ORGANIZATION, match.get("Persib Bandung"), match.toString());
    assertEquals(EntityType.ORGANIZATION, match.get("Arema FC"), match.toString());
  }

  @Test
  void wordsOfTheLanguageAndBareAcronymsAreNoNames() {
    Map<String, EntityType> ms = names("kasus itu ditangani kpk dan pks menolak usulan tersebut .");
    assertEquals(Map.of(), ms);
  }

  @Test
  void aSentencesNamesDoNotDependOnTheSentencesBeforeIt() {
    IndonesianNames finder = IndonesianNames.shipped();
    String[] sentence = "kata mourinho di vancouver .".split(" ");
    Span[] alone = finder.find(sentence);
    finder.find("presiden joko widodo tiba di jakarta .".split(" "));
    finder.find("mourinho mourinho mourinho melatih chelsea .".split(" "));
    assertArrayEquals(alone, finder.find(sentence));
  }
}
