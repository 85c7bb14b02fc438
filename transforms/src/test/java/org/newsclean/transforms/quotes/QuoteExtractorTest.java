package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.entities.EntityType;
import org.newsclean.transforms.entities.Mention;

/** Small inline cases: quotation styles, unbalanced and nested quotes, apostrophes, attribution shapes. */
class QuoteExtractorTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();

  private static List<String> texts(String text) {
    return EXTRACTOR.extract(text, "en", List.of()).stream().map(QuoteMatch::text).toList();
  }

  /** PERSON mentions of the given names (each name its own entity), by indexOf. */
  private static List<Mention> persons(String text, String... names) {
    List<Mention> out = new ArrayList<>();
    for (String n : names) {
      for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
        out.add(new Mention(i, i + n.length(), n, "id:" + n, n, EntityType.PERSON));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static List<String> speakers(String text, String lang, String... names) {
    return EXTRACTOR.extract(text, lang, persons(text, names)).stream()
        .map(m -> m.speaker() == null ? "-" : m.speaker())
        .toList();
  }

  // ---- detection ----

  @Test
  void englishCurlyAndStraight() {
    assertEquals(List.of("Hello there,"), texts("“Hello there,” she said."));
    assertEquals(List.of("Hello there,"), texts("\"Hello there,\" she said."));
  }

  @Test
  void guillemets() {
    assertEquals(List.of("Bonjour le monde"), texts("« Bonjour le monde », a-t-il dit."));
    assertEquals(List.of("Bonjour"), texts("Il a dit\u00A0:\u00A0«\u00A0Bonjour\u00A0»."));
    assertEquals(List.of("Guten Tag"), texts("»Guten Tag«, sagte er."));
    assertEquals(List.of("Hallo"), texts("Er sagte ‹Hallo› und ging."));
  }

  @Test
  void lowNineQuotes() {
    assertEquals(List.of("Guten Tag"), texts("„Guten Tag“, sagte er."));
    assertEquals(List.of("Dzień dobry"), texts("Powiedział: „Dzień dobry”."));
    assertEquals(List.of("Hallo"), texts("Er sagte ‚Hallo‘ und ging."));
  }

  @Test
  void singleCurlyAndCjk() {
    assertEquals(List.of("It’s fine,"), texts("‘It’s fine,’ she said."));
    assertEquals(List.of("こんにちは"), texts("彼は「こんにちは」と言った。"));
    assertEquals(List.of("さようなら"), texts("彼は『さようなら』と言った。"));
  }

  @Test
  void mixedPairs() {
    assertEquals(List.of("Hello"), texts("He said \"Hello” and left."));
    assertEquals(List.of("Hello"), texts("He said “Hello\" and left."));
  }

  @Test
  void unclosedQuoteRunsToParagraphEnd() {
    String text = "He said: “this never ends. Really.\n\nNext paragraph has “another”.";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", List.of());
    assertEquals(2, got.size());
    assertEquals("this never ends. Really.", got.get(0).text());
    assertEquals(text.indexOf("\n\n"), got.get(0).end());
    assertEquals("another", got.get(1).text());
  }

  @Test
  void sameStyleOpenerAfterSentenceEndStartsANewQuote() {
    assertEquals(List.of("First sentence.", "Second one."), texts("She said: “First sentence. “Second one.”"));
  }

  @Test
  void strayClosersAreIgnored() {
    assertEquals(List.of("Done"), texts("“Done” she said. It was 5” long.”"));
    assertEquals(List.of(), texts("The screen is 12\" wide."));
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertEquals(List.of(), texts("L'IA d’OpenAI, don't, it’s, qu’à l’ensemble, students’ work."));
    assertEquals(List.of("Llama3, c'est tout ce que j'ai. s'en soucier."),
        texts("Un cadre a dit : « Llama3, c'est tout ce que j'ai. s'en soucier."));
  }

  @Test
  void nestedQuotesReportOnlyTheOuterOne() {
    assertEquals(List.of("He told me ‘no way’ yesterday,"), texts("“He told me ‘no way’ yesterday,” she said."));
    assertEquals(List.of("He said \"no\" today,"), texts("“He said \"no\" today,” she said."));
    assertEquals(List.of("Er sagte ‚nein‘ heute"), texts("„Er sagte ‚nein‘ heute“, sagte sie."));
    assertEquals(List.of("Il a dit « non » hier."), texts("« Il a dit « non » hier. »"));
  }

  @Test
  void emptyQuotesAndKoreanQuotative() {
    assertEquals(List.of(), texts("An empty “” pair."));
    assertEquals(List.of("끔찍하다"), texts("조합이 \"끔찍하다\"고 밝혔다."));
  }

  // ---- attribution ----

  @Test
  void verbAfterQuoteThenSpeaker() {
    String text = "“We will win,” said Jane Doe, speaking to John Smith.";
    assertEquals(List.of("Jane Doe"), speakers(text, "en", "Jane Doe", "John Smith"));
    assertEquals(List.of("Jane Doe"), speakers("“We will win,” Jane Doe said.", "en", "Jane Doe"));
  }

  @Test
  void questionOrExclamationThenSpeaker() {
    String text = "“Does anybody know?” Jane Doe asked. “Neither do I.” The room was quiet.";
    assertEquals(List.of("Jane Doe", "Jane Doe"), speakers(text, "en", "Jane Doe"));
    assertEquals(List.of("-"), speakers("“Does anybody know?” Jane Doe left the room.", "en", "Jane Doe"));
  }

  @Test
  void dashSignature() {
    assertEquals(List.of("Jane Doe"), speakers("“Never again.” — Jane Doe", "en", "Jane Doe"));
    // the whole signed name, even when the mention is cut short or missing
    String text = "“Never again.” ― Julie A. Diaz Martinez.\n\n“Not me.” ― Oscar P. Quintero";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", persons(text, "Julie"));
    assertEquals("Julie", got.get(0).speaker());
    assertEquals("Julie A. Diaz Martinez", got.get(0).speakerText());
    assertEquals("Oscar P. Quintero", got.get(1).speaker());
    assertNull(got.get(1).speakerEntityId());
  }

  @Test
  void colonIntroAndThatClause() {
    assertEquals(List.of("Jane Doe"), speakers("Jane Doe said: “We will win.”", "en", "Jane Doe"));
    assertEquals(List.of("Jane Doe"),
        speakers("Jane Doe told reporters that the plan was “a disaster” for everyone.", "en", "Jane Doe"));
  }

  @Test
  void speakerEntityIdComesFromTheMention() {
    String text = "“We will win,” said Jane.";
    List<Mention> ms = List.of(new Mention(text.indexOf("Jane"), text.indexOf("Jane") + 4, "Jane", "Q42",
        "Jane Doe", EntityType.PERSON));
    QuoteMatch m = EXTRACTOR.extract(text, "en", ms).get(0);
    assertEquals("Jane Doe", m.speaker());
    assertEquals("Q42", m.speakerEntityId());
  }

  @Test
  void onlyPersonMentionsCanSpeak() {
    String text = "“We will win,” said Acme Corp.";
    List<Mention> ms = List.of(new Mention(text.indexOf("Acme"), text.length() - 1, "Acme Corp", "O1", "Acme Corp",
        EntityType.ORGANIZATION));
    assertNull(EXTRACTOR.extract(text, "en", ms).get(0).speaker());
  }

  @Test
  void pronounRefersToThePersonMentionedBefore() {
    String text = "John Smith spoke on Monday.\n\n“Jane Doe is wrong,” he said.";
    assertEquals(List.of("John Smith"), speakers(text, "en", "John Smith", "Jane Doe"));
  }

  @Test
  void unnamedSubjectGivesNoSpeaker() {
    String text = "Jane Doe left the room. Later, a senior executive said: “It is over.”";
    assertEquals(List.of("-"), speakers(text, "en", "Jane Doe"));
    String id = "Jane Doe pergi. Seorang eksekutif menulis: \"Sudah selesai.\"";
    assertEquals(List.of("-"), speakers(id, "id", "Jane Doe"));
  }

  @Test
  void continuationInParagraphAndNextParagraph() {
    String text = "“We will win,” said Jane Doe. “It will be fast.”\n\n“And cheap.”\n\nThe word “fast” is vague.";
    assertEquals(List.of("Jane Doe", "Jane Doe", "Jane Doe", "-"), speakers(text, "en", "Jane Doe"));
  }

  @Test
  void colonAtTheEndOfThePreviousParagraph() {
    String text = "Jane Doe wrote in a memo:\n\n“We will win.”";
    assertEquals(List.of("Jane Doe"), speakers(text, "en", "Jane Doe"));
  }

  @Test
  void otherLanguages() {
    assertEquals(List.of("Juan Pérez"), speakers("“Vamos a ganar”, dijo Juan Pérez.", "es", "Juan Pérez"));
    assertEquals(List.of("Anna Schmidt"), speakers("„Wir werden gewinnen“, sagte Anna Schmidt.", "de", "Anna Schmidt"));
    assertEquals(List.of("Marie Curie"), speakers("Marie Curie a déclaré : « Nous gagnerons. »", "fr-FR", "Marie Curie"));
    assertEquals(List.of("João Silva"), speakers("“Vamos vencer,” afirmou João Silva.", "pt-BR", "João Silva"));
    assertEquals(List.of("김철수"), speakers("김철수는 \"우리는 이길 것입니다\"라고 말했다.", "ko", "김철수"));
    assertEquals(List.of("-"), speakers("한 임원은 \"우리는 이길 것입니다\"라고 말했다.", "ko", "김철수"));
    assertEquals(List.of("Budi Santoso"), speakers("\"Kami akan menang,\" kata Budi Santoso.", "id", "Budi Santoso"));
  }

  @Test
  void capitalisedNameFallbackWithoutMentions() {
    List<QuoteMatch> got = EXTRACTOR.extract("“We will win,” said Jane Doe. In Paris, “it is fast,” Doe added.",
        "en", null);
    assertEquals(2, got.size());
    assertEquals("Jane Doe", got.get(0).speaker());
    assertNull(got.get(0).speakerEntityId());
    assertEquals("Jane Doe", got.get(1).speaker());
  }

  // ---- issue 4: kinds, more languages, descriptions, speaker words ----

  private static List<String> kinds(String text, String lang, String... names) {
    return EXTRACTOR.extract(text, lang, persons(text, names)).stream().map(m -> m.kind().label()).toList();
  }

  @Test
  void multiParagraphQuoteWithTheOpenerRepeatedIsOneRecord() {
    String text = "Jane Doe said: “We will ship it this year.\n\n“We will ship the next one.\n\n“And more after,” she added."
        + "\n\n“Another quote,” John Roe said.";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", persons(text, "Jane Doe", "John Roe"));
    assertEquals(List.of("We will ship it this year.\n\n“We will ship the next one.\n\n“And more after,", "Another quote,"),
        got.stream().map(QuoteMatch::text).toList());
    assertEquals(text.substring(got.get(0).start(), got.get(0).end()), got.get(0).text());
    assertEquals(List.of("Jane Doe", "John Roe"), got.stream().map(QuoteMatch::speaker).toList());
    assertEquals("Jane Doe", got.get(0).speakerText());
    // an interview transcript: each label starts a new quote
    String interview = "Mike Roe met the host.\n\n\"ROE: Well, look.\n\n\"HOST: Will you go?\n\n\"ROE: No.";
    List<QuoteMatch> turns = EXTRACTOR.extract(interview, "en", persons(interview, "Mike Roe"));
    assertEquals(List.of("ROE", "HOST", "ROE"), turns.stream().map(QuoteMatch::speakerText).toList());
    // a paragraph opening with a new quote after a closed one is not a continuation
    String closed = "Jane Doe said: “We will ship it.”\n\n“Never,” John Roe said.";
    assertEquals(2, EXTRACTOR.extract(closed, "en", persons(closed, "Jane Doe", "John Roe")).size());
  }

  @Test
  void polishGermanAndJapaneseMarks() {
    assertEquals(List.of("Nie zgadzam się z tym."), texts("„Nie zgadzam się z tym.” — powiedział."));
    assertEquals(List.of("Wir gewinnen."), texts("Er sagte: »Wir gewinnen.«"));
    String ja = "山田氏は「来年も続けます」と述べた。";
    List<QuoteMatch> got = EXTRACTOR.extract(ja, "ja", List.of(new Mention(0, 2, "山田", "id:yamada", "山田", EntityType.PERSON)));
    assertEquals("来年も続けます", got.get(0).text());
    assertEquals("山田", got.get(0).speaker());
  }

  @Test
  void kindsDirectPartialTerm() {
    assertEquals(List.of("direct"), kinds("“We will win this race,” Jane Doe said.", "en", "Jane Doe"));
    assertEquals(List.of("partial"), kinds("Jane Doe said the plan was “very risky” for the firm.", "en", "Jane Doe"));
    assertEquals(List.of("term"), kinds("The so-called “open source” label is disputed.", "en"));
    // one word is still a quote when a speech verb governs it: here a whole (one-word) statement
    assertEquals(List.of("direct"), kinds("« Terrible », a dit Jean Dupont.", "fr", "Jean Dupont"));
  }

  @Test
  void descriptionsAndPronounsReferToThePersonLastNamed() {
    String text = "Jane Doe runs the company.\n\n“We are growing,” the CEO said. "
        + "“Costs are down,” said the company's chief executive. “And so are prices,” she said.";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", persons(text, "Jane Doe"));
    assertEquals(List.of("Jane Doe", "Jane Doe", "Jane Doe"), got.stream().map(QuoteMatch::speaker).toList());
    assertEquals(List.of("the CEO", "the company's chief executive", "she"),
        got.stream().map(QuoteMatch::speakerText).toList());
  }

  @Test
  void unnamedSourceKeepsItsWordsButNamesNoPerson() {
    QuoteMatch q = EXTRACTOR.extract("“It is over,” a source said.", "en", List.of()).get(0);
    assertNull(q.speaker());
    assertEquals("a source", q.speakerText());
  }

  @Test
  void czechAndRussianSpeechVerbsAndNamesTheEntityStageMissed() {
    List<QuoteMatch> cs = EXTRACTOR.extract("„Je to dobré,“ řekl Novák.", "cs", List.of());
    assertEquals("Novák", cs.get(0).speaker());
    assertNull(cs.get(0).speakerEntityId());
    QuoteMatch role = EXTRACTOR.extract("\"Musíme spolupracovat,\" dodal předseda svazu.", "cs", List.of()).get(0);
    assertNull(role.speaker(), "a role with nobody named before");
    assertEquals("předseda svazu", role.speakerText());
    QuoteMatch ru = EXTRACTOR.extract("«Прибыль была высокой», - сказал ему следователь.", "ru", List.of()).get(0);
    assertEquals("следователь", ru.speakerText(), "the object pronoun is skipped");
    assertEquals("Он", EXTRACTOR.extract("Он сказал: «Я с вами».", "ru", List.of()).get(0).speakerText());
  }

  @Test
  void anOrganisationTypedByTheEntityStageIsNoPerson() {
    String text = "“Prices will rise,” said Acme Widgets.";
    int s = text.indexOf("Acme");
    List<Mention> org = List.of(new Mention(s, s + 12, "Acme Widgets", "org-acme", "Acme Widgets", EntityType.ORGANIZATION));
    QuoteMatch q = EXTRACTOR.extract(text, "en", org).get(0);
    assertNull(q.speaker());
    assertEquals("Acme Widgets", q.speakerText());
  }

  @Test
  void aRemarkBetweenDashesInsideTheQuoteNamesTheSpeaker() {
    QuoteMatch q = EXTRACTOR.extract("«Копали сами, - говорит Петров, - и успели к зиме».", "ru", List.of()).get(0);
    assertEquals("Петров", q.speakerText());
  }

  @Test
  void aPartialQuoteReportsTheClauseAroundIt() {
    String text = "Jane Doe said that the plan was “very risky” for the firm. Costs were “out of control,” she said.";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", persons(text, "Jane Doe"));
    QuoteMatch a = got.get(0);
    assertEquals("that the plan was “very risky” for the firm.", text.substring(a.statementStart(), a.statementEnd()));
    QuoteMatch b = got.get(1);
    assertEquals("Costs were “out of control,”", text.substring(b.statementStart(), b.statementEnd()));
    QuoteMatch direct = EXTRACTOR.extract("“We will win,” Jane Doe said.", "en", List.of()).get(0);
    assertEquals(direct.start(), direct.statementStart());
    assertEquals(direct.end(), direct.statementEnd());
  }

  @Test
  void aSurnameTypedAsAPlaceIsThePersonOfThatSurname() {
    String text = "Jane Doe spoke in Ohio.\n\nDoe called the plan “a disaster.”";
    List<Mention> ms = new ArrayList<>(persons(text, "Jane Doe"));
    int d = text.lastIndexOf("Doe");
    ms.add(new Mention(d, d + 3, "Doe", "loc-doe", "Doe", EntityType.LOCATION));
    int o = text.indexOf("Ohio");
    ms.add(new Mention(o, o + 4, "Ohio", "loc-ohio", "Ohio", EntityType.LOCATION));
    ms.sort(Comparator.comparingInt(Mention::start));
    QuoteMatch q = EXTRACTOR.extract(text, "en", ms).get(0);
    assertEquals("Jane Doe", q.speaker());
    assertEquals("id:Jane Doe", q.speakerEntityId());
  }

  @Test
  void aNamedSubjectThatIsNoPersonKeepsItsWords() {
    String text = "John Roe spoke.\n\nThe four loopholes he cited are “the ability to use losses,” The Hill reported.";
    List<Mention> ms = new ArrayList<>(persons(text, "John Roe"));
    int h = text.indexOf("Hill");
    ms.add(new Mention(h, h + 4, "Hill", "loc-hill", "Hill", EntityType.LOCATION)); // typed a place
    QuoteMatch q = EXTRACTOR.extract(text, "en", ms).get(0);
    assertNull(q.speaker());
    assertEquals("The Hill", q.speakerText());
  }

  @Test
  void aPeriodInsideTheClosingMarkEndsTheSentence() {
    String text = "Jane Doe said the ruling “will force us to act.” He said more would follow.";
    QuoteMatch q = EXTRACTOR.extract(text, "en", persons(text, "Jane Doe")).get(0);
    assertEquals("Jane Doe", q.speaker());
    assertEquals("Jane Doe", q.speakerText());
  }

  @Test
  void aTranscriptLabelNamesTheSpeaker() {
    String text = "Mike Roe joined the host.\n\n\"ROE: Well, look, this is serious business.\n\n\"HOST: Will you be there?";
    List<QuoteMatch> got = EXTRACTOR.extract(text, "en", persons(text, "Mike Roe"));
    assertEquals("Mike Roe", got.get(0).speaker());
    assertEquals("ROE", got.get(0).speakerText());
    assertNull(got.get(1).speaker());
    assertEquals("HOST", got.get(1).speakerText());
  }

  @Test
  void aQuoteInsideTheWritersSentenceBelongsToItsSubject() {
    String text = "In July, Newt Roe dismissed Estonia as being in the “suburbs of a big city, far away.”";
    assertEquals(List.of("Newt Roe"), speakers(text, "en", "Newt Roe"));
    // the subject before the cue, not the person after it, and a pronoun after the cue is the subject
    String said = "Jane Doe, the former secretary, praised the raid that killed John Roe and said she has "
        + "the quality needed: “Steadiness and strength.”";
    QuoteMatch q = EXTRACTOR.extract(said, "en", persons(said, "Jane Doe", "John Roe")).get(0);
    assertEquals("Jane Doe", q.speaker());
    assertEquals("she", q.speakerText());
    // a second quote of the same sentence keeps the first one's speaker
    String two = "Jane Doe tells her supporters to “go and vote” and then “go sit there with your friends and watch.”";
    assertEquals(List.of("Jane Doe", "Jane Doe"), speakers(two, "en", "Jane Doe"));
  }

  @Test
  void aVerbOfTheWritersClauseAfterTheQuoteDoesNotAttributeIt() {
    // a participle with no subject of its own after the quote: the cue before it attributes it
    String adding = "John Roe spoke first.\n\nIn a statement, Jane Doe said: “The firm was a success,” adding that it grew.";
    assertEquals(List.of("Jane Doe"), speakers(adding, "en", "John Roe", "Jane Doe"));
    // a verb behind a conjunction belongs to the writer's sentence
    String and = "Jane Doe said the plan was “a disaster for everyone” and encouraged John Roe to leave.";
    assertEquals(List.of("Jane Doe"), speakers(and, "en", "Jane Doe", "John Roe"));
    // a conjunction opening the sentence does not hide the subject of the cue
    String but = "But Jane Doe said John Roe has “enormous respect for the team.”";
    assertEquals(List.of("Jane Doe"), speakers(but, "en", "Jane Doe", "John Roe"));
  }

  @Test
  void documentsDescriptionsAndIntroductionsWithoutASpeechVerb() {
    // a document speaks: no person, its words kept
    String letter = "John Roe spoke.\n\n“We see schools offering hope to our children,” the letter reads.";
    QuoteMatch q = EXTRACTOR.extract(letter, "en", persons(letter, "John Roe")).get(0);
    assertNull(q.speaker());
    assertEquals("the letter", q.speakerText());
    // a description opening the clause refers to the person last named
    String nominee = "Jane Doe spoke in Ohio.\n\nThe Republican nominee also outlined a plan and vowed to punish “those who break the rules.”";
    QuoteMatch d = EXTRACTOR.extract(nominee, "en", persons(nominee, "Jane Doe")).get(0);
    assertEquals("Jane Doe", d.speaker());
    assertEquals("The Republican nominee", d.speakerText());
    // a colon introduction without a speech verb, after a dated adverbial
    String intro = "On July 6, 2015, Jane Doe made the following comment:\n\n“For young people the rate is 33 percent.”";
    assertEquals(List.of("Jane Doe"), speakers(intro, "en", "Jane Doe"));
  }

  @Test
  void aStandAloneQuoteAndSignaturesClosingTheParagraph() {
    // a quote standing alone after a sentence about a person, with no speech verb
    String alone = "On Sunday, Jane Doe identified exhaustion as one of the reasons. “The young are sick and tired of it.”";
    assertEquals(List.of("Jane Doe"), speakers(alone, "en", "Jane Doe"));
    // a signature closing the paragraph signs its first quote too
    String signed = "“No one wants a man who insults their family.” And that is all he has “the root of all evil.” ― Ann Lastra.";
    assertEquals("Ann Lastra", EXTRACTOR.extract(signed, "en", List.of()).get(0).speaker());
    // a pronoun right before the cue is its subject, after a prepositional phrase
    String pronoun = "John Roe left. Jane Doe stayed.\n\nIn an interview with a network he blasted the media for being “very dishonest.”";
    QuoteMatch q = EXTRACTOR.extract(pronoun, "en", persons(pronoun, "John Roe", "Jane Doe")).get(0);
    assertEquals("he", q.speakerText());
  }

  @Test
  void theWriterSpeakingInTheFirstPersonIsNoPerson() {
    String text = "My mother, Olive Roe, mentioned the devil. I laughed and said, “I don't believe in the devil.”";
    QuoteMatch q = EXTRACTOR.extract(text, "en", persons(text, "Olive Roe")).get(0);
    assertNull(q.speaker());
    assertEquals("I", q.speakerText());
  }

  @Test
  void aClosingMarkOpeningTheParagraphOpensItsQuote() {
    assertEquals(List.of("What is most infuriating is his attention.", "Next"),
        texts("”What is most infuriating is his attention.” ― Nell Grey\n\n“Next” she said."));
    assertEquals(List.of("Fine,"), texts("Yes.” “Fine,” she said.")); // a stray closer elsewhere stays ignored
  }
}
