package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typing and boundary rules of discovery without a catalog (made-up names, lexicon-driven rules). */
class TypingRulesTest {

  private static final EntityExtractor EMPTY = WithoutCatalog.EXTRACTOR;

  private static Optional<Mention> mention(String text, String lang, String surface) {
    return EMPTY.extract(text, lang).stream().filter(m -> m.surface().equals(surface)).findFirst();
  }

  private static EntityType type(String text, String lang, String surface) {
    List<Mention> ms = EMPTY.extract(text, lang);
    return ms.stream().filter(m -> m.surface().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + ms))
        .type();
  }

  @Test
  void aNameHoldingAPlaceIsAPlaceWithCompassWordsAndAnOrganisationOtherwise() {
    assertEquals(EntityType.LOCATION, type("Viajó a América del Sur en marzo .", "es", "América del Sur"));
    assertEquals(EntityType.ORGANIZATION, type("Il a joué pour les Zorvans de Toronto en 1999 .", "fr", "Zorvans de Toronto"));
    assertEquals(EntityType.ORGANIZATION, type("He later coached the Denver Quillbacks for two years .", "en", "Denver Quillbacks"));
  }

  @Test
  void aLoneBrandIsAnOrganisationWhereTheDefaultWouldHaveTypedIt() {
    // French and Portuguese type a lone unknown capitalised word by their default; a brand is an organisation
    assertEquals(EntityType.ORGANIZATION, type("Le rapport cite Pinterest , selon le journal .", "fr", "Pinterest"));
    assertEquals(EntityType.ORGANIZATION, type("O relatório cita Xiaomi , segundo o jornal .", "pt", "Xiaomi"));
    // a made-up word that is no brand keeps the default type
    assertEquals(
        type("Le rapport cite Zorvanie , selon le journal .", "fr", "Zorvanie"),
        type("Le rapport cite Quillbackie , selon le journal .", "fr", "Quillbackie"));
    assertTrue(Brands.contains("Pinterest") && !Brands.contains("Zorvanie"));
  }

  @Test
  void lowerCaseAdjectivesBelongToTheHeadTheyFollow() {
    assertEquals(EntityType.LOCATION, type("Il a vécu en République dominicaine .", "fr", "République dominicaine"));
    assertTrue(mention("Il a vécu en République dominicaine .", "fr", "République").isEmpty());
  }

  @Test
  void initialsAndParticlesStayInsidePersonNames() {
    assertEquals(EntityType.PERSON, type("The novel was praised by Walter Q. Brenshaw last year .", "en", "Walter Q. Brenshaw"));
    assertEquals(EntityType.PERSON, type("Elle a rencontré Marine Le Vosgien à Lyon .", "fr", "Marine Le Vosgien"));
    assertEquals(EntityType.PERSON, type("Le pape Pie XIV a reçu la délégation .", "fr", "Pie XIV"));
  }

  @Test
  void titlesTypeTheNameAndStayOutsideIt() {
    assertEquals(EntityType.PERSON, type("They knighted Sir Aldous Grimbly in 1920 .", "en", "Aldous Grimbly"));
    assertFalse(mention("They knighted Sir Aldous Grimbly in 1920 .", "en", "Sir Aldous Grimbly").isPresent());
  }

  @Test
  void wordsThatAreNoNamesByTheirEndingAreNotReported() {
    assertTrue(mention("The fossils belong to the Quorvidae , a family of birds .", "en", "Quorvidae").isEmpty());
    assertTrue(mention("Many Zentrovian traders lived there .", "en", "Zentrovian").isEmpty());
    assertTrue(mention("Die Forschung zeigt , dass die Vermessung schwierig war .", "de", "Vermessung").isEmpty());
  }

  @Test
  void loneNamesTakeCuesFromTheirNeighbours() {
    assertEquals(EntityType.PERSON, type("The theorem was proved by Kravtsov in 1931 .", "en", "Kravtsov"));
    assertEquals(EntityType.ORGANIZATION, type("The song was recorded by the Glimmers in 1967 .", "en", "Glimmers"));
    assertEquals(EntityType.ORGANIZATION, type("He signed for Quendale and scored ten goals that season .", "en", "Quendale"));
  }

  @Test
  void suffixSetMatchesEndingsThatLeaveAStem() {
    SuffixSet s = new SuffixSet(List.of("ung", "idae"));
    assertTrue(s.endsWord("Hoffnung"));
    assertFalse(s.endsWord("Jung"), "the ending needs three characters before it");
    assertTrue(s.endsWord("Falconidae"));
    assertFalse(s.endsWord("Falcon"));
    assertFalse(SuffixSet.EMPTY.endsWord("Hoffnung"));
  }
}
