package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** English typing with the typed gazetteer and list agreement (made-up names where the rule is about unknown names). */
class EnglishTypingTest {

  private static final EntityExtractor EMPTY = WithoutCatalog.EXTRACTOR;

  private static EntityType type(String text, String surface) {
    List<Mention> ms = EMPTY.extract(text, "en");
    return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms))
        .type();
  }

  private static List<Mention> mentions(String text) {
    return EMPTY.extract(text, "en");
  }

  @Test
  void loneFirstNamesAndFamilyNamesArePersonsAndCitiesArePlaces() {
    assertEquals(EntityType.PERSON, type("The letter was later sent to Margaret by courier .", "Margaret"));
    assertEquals(EntityType.LOCATION, type("The letter was later sent to Manchester by courier .", "Manchester"));
    // a first name at the start of a sentence, when it is no common word
    assertEquals(EntityType.PERSON, type("Emily wrote the letter to her aunt .", "Emily"));
    assertTrue(mentions("Grace was shown to the guests .").isEmpty());
  }

  @Test
  void loneCommonWordsNationalitiesLanguagesAndTaxaAreNoNames() {
    assertTrue(mentions("He saw the Tornado over the hill .").isEmpty());
    assertTrue(mentions("He spoke Pashto and Albanian with a North American accent .").isEmpty());
    assertTrue(mentions("The genus belongs to the tribe Zorvanini of the family .").isEmpty());
    assertTrue(mentions("Her Brother-in-law arrived late .").isEmpty());
    assertTrue(mentions("It dates from 300 BC according to the museum .").isEmpty());
  }

  @Test
  void eventsAndErasAreNotReported() {
    assertTrue(mentions("The Great Depression hit the town hard .").isEmpty());
    assertTrue(mentions("Tools of the Zorvan Age were found there .").isEmpty());
  }

  @Test
  void lastWordsTypeUnknownNames() {
    assertEquals(EntityType.ORGANIZATION, type("He studied at Halbrook University before the war .", "Halbrook University"));
    assertEquals(EntityType.LOCATION, type("They walked to the Fernhill Lighthouse at dusk .", "Fernhill Lighthouse"));
    // a person's name keeps its type whatever its last word
    assertEquals(EntityType.PERSON, type("The award went to Margaret Lock last year .", "Margaret Lock"));
  }

  @Test
  void aCapitalisedOrganisationCueThatIsAGivenNameStartsAPersonsName() {
    // 'tim' (id: team) and 'banda' (pt/es: band) are organisation cues only as lower-case common nouns
    assertEquals(EntityType.PERSON, type("The film was directed by Tim Halvorsen in the spring .", "Tim Halvorsen"));
    assertEquals(EntityType.ORGANIZATION, type("Pemain tim Persikota itu cedera .", "Persikota"));
  }

  @Test
  void aOneWordCatalogCompanyAfterAGivenNameIsThatPersonsSurname() {
    EntityExtractor withCatalog = EntityExtractor.withDefaultCatalog();
    List<Mention> ms = withCatalog.extract("The guitarist Peter Box joined the band in 1969 .", "en");
    assertTrue(ms.stream().noneMatch(m -> "org-box".equals(m.entityId())), ms.toString());
    assertTrue(ms.stream().anyMatch(m -> m.surface().equals("Peter Box") && m.type() == EntityType.PERSON), ms.toString());
    // the company itself is still found
    List<Mention> company = withCatalog.extract("Shares of Box rose after the results .", "en");
    assertTrue(company.stream().anyMatch(m -> "org-box".equals(m.entityId())), company.toString());
  }

  @Test
  void listsAgreeOnType() {
    assertEquals(EntityType.PERSON, type("The cast includes Zorvan , Peter Smith and Quillon .", "Zorvan"));
    assertEquals(EntityType.PERSON, type("The cast includes Zorvan , Peter Smith and Quillon .", "Quillon"));
    assertEquals(EntityType.LOCATION, type("He visited Quillon last spring .", "Quillon"));
  }

  @Test
  void placesBeyondIcu() {
    assertEquals(EntityType.LOCATION, type("She moved from Dorset to Britain in 1990 .", "Dorset"));
    assertEquals(EntityType.LOCATION, type("She moved from Dorset to Britain in 1990 .", "Britain"));
  }

  @Test
  void possessivesAndTrailingTitlesStayOutsideNames() {
    assertEquals(EntityType.PERSON, type("Margaret Quillon's policies were criticised .", "Margaret Quillon"));
    assertEquals(EntityType.LOCATION, type("New Jersey Gov. Peter Quillon spoke .", "New Jersey"));
    assertEquals(EntityType.PERSON, type("New Jersey Gov. Peter Quillon spoke .", "Peter Quillon"));
  }
}
