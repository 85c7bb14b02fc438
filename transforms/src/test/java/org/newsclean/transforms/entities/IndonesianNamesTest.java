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
