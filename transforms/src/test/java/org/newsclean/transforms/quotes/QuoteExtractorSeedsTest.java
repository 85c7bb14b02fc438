package org.newsclean.transforms.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsclean.transforms.entities.EntityType;
import org.newsclean.transforms.entities.Mention;

/** Quotes and speakers of the five seed articles; expectations written from reading the texts. */
class QuoteExtractorSeedsTest {
  private static final QuoteExtractor EXTRACTOR = QuoteExtractor.withDefaults();

  private static final String AL = "Ahmad Al-Dahle";
  private static final String ZUCK = "Mark Zuckerberg";
  private static final String TOUVRON = "Hugo Touvron";
  private static final String RATNER = "Alex Ratner";
  private static final String REDDY = "Bindu Reddy";
  private static final String LEVIE = "Aaron Levie";

  /** full name, short form, entity id */
  private static final String[][] PEOPLE = {
    {AL, "Al-Dahle", "P:al-dahle"},
    {ZUCK, "Zuckerberg", "P:zuckerberg"},
    {TOUVRON, "Touvron", "P:touvron"},
    {RATNER, "Ratner", "P:ratner"},
    {REDDY, "Reddy", "P:reddy"},
    {LEVIE, "Levie", "P:levie"},
  };

  /** Expected quote: how its text begins, its speaker (full name) or null. */
  private record Exp(String begins, String speaker) {}

  private static Exp q(String begins, String speaker) {
    return new Exp(begins, speaker);
  }

  static String cleaned(String seedPrefix) throws IOException {
    Path dir = Path.of("..", "seeds");
    Path file;
    try (Stream<Path> files = Files.list(dir)) {
      file = files.filter(p -> p.getFileName().toString().startsWith(seedPrefix)).findFirst().orElseThrow();
    }
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::trim)
        .filter(l -> !l.isEmpty())
        .filter(l -> !l.equals("Bolt42"))
        .filter(l -> !l.startsWith("16 − 12 ="))
        .collect(Collectors.joining("\n\n"));
  }

  static List<Mention> personMentions(String text) {
    List<Mention> out = new ArrayList<>();
    for (String[] person : PEOPLE) {
      for (String form : new String[] {person[0], person[1]}) {
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
          int s = i;
          int e = i + form.length();
          boolean covered = out.stream().anyMatch(m -> m.start() <= s && e <= m.end());
          if (!covered) {
            out.add(new Mention(s, e, form, person[2], person[0], EntityType.PERSON));
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static String idOf(String name) {
    for (String[] p : PEOPLE) {
      if (p[0].equals(name)) {
        return p[2];
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static List<QuoteMatch> check(String seed, String lang, List<Exp> expected) throws IOException {
    String text = cleaned(seed);
    List<QuoteMatch> got = EXTRACTOR.extract(text, lang, personMentions(text));
    String dump = got.stream().map(m -> m.speaker() + " <- " + m.text()).collect(Collectors.joining("\n"));
    assertEquals(expected.size(), got.size(), "quotes of " + seed + ":\n" + dump);
    int prevStart = -1;
    for (int i = 0; i < expected.size(); i++) {
      QuoteMatch m = got.get(i);
      Exp e = expected.get(i);
      assertEquals(text.substring(m.start(), m.end()), m.text(), "offsets of quote " + i);
      assertTrue(m.start() > prevStart, "sorted by start");
      prevStart = m.start();
      assertTrue(m.text().startsWith(e.begins()), seed + " quote " + i + " is '" + m.text() + "'");
      assertEquals(e.speaker(), m.speaker(), seed + " speaker of '" + m.text() + "'");
      if (e.speaker() == null) {
        assertNull(m.speakerEntityId());
      } else {
        assertEquals(idOf(e.speaker()), m.speakerEntityId());
      }
    }
    return got;
  }

  @Test
  void seed000Indonesian() throws IOException {
    List<QuoteMatch> got = check("000", "id", List.of(
        q("Kami akan meluncurkan GPU 64k! Kami perlu belajar", AL),
        q("Mistral tidak berarti bagi kami", AL),
        q("Llama3 Itu saja yang sebenarnya peduli.", null),
        q("mengerikan", TOUVRON)));
    assertEquals("Kami akan meluncurkan GPU 64k! Kami perlu belajar bagaimana membangun yang terdepan dan "
        + "memenangkan permainan ini.", got.get(0).text());
    assertEquals("Llama3 Itu saja yang sebenarnya peduli.", got.get(2).text()); // " closed by ”
    assertEquals("mengerikan", got.get(3).text());
    assertEquals(QuoteMatch.Kind.DIRECT, got.get(0).kind());
    assertEquals(QuoteMatch.Kind.PARTIAL, got.get(3).kind(), "one word, governed by 'mengungkapkan bahwa'");
    assertEquals("Seorang eksekutif", got.get(2).speakerText(), "unnamed: no person, but the words are kept");
  }

  @Test
  void seed001French() throws IOException {
    String text = cleaned("001");
    List<QuoteMatch> got = check("001", "fr", List.of(
        q("Nous allons lancer un GPU 64k ! Nous devons", AL),
        q("Mistral est insignifiant pour nous", AL),
        q("Llama3, c'est tout ce que j'ai vraiment. s'en soucier.", null),
        q("terrible", TOUVRON)));
    assertEquals("Nous allons lancer un GPU 64k ! Nous devons apprendre à construire l'avant-garde et gagner ce jeu.",
        got.get(0).text());
    // never closed: runs to the end of its paragraph
    QuoteMatch open = got.get(2);
    assertEquals("Llama3, c'est tout ce que j'ai vraiment. s'en soucier.", open.text());
    assertEquals("\n\n", text.substring(open.end(), open.end() + 2));
    assertEquals("terrible", got.get(3).text());
    assertEquals(QuoteMatch.Kind.PARTIAL, got.get(3).kind(), "« terrible » is a quote: 'a révélé que' governs it");
    assertEquals(QuoteMatch.Kind.DIRECT, got.get(0).kind());
  }

  @Test
  void seed002Indonesian() throws IOException {
    List<QuoteMatch> got = check("002", "id", List.of(
        q("membangun model terbuka terbaik", null), // Meta's blog ("tulisnya"): no person
        q("Saya sangat senang dengan perkembangan Llama 3", ZUCK), // "katanya", previous paragraph
        q("Saya berharap model kami", ZUCK), // "Dia menambahkan:"
        q("sumber terbuka", null),
        q("perubahan yang jauh lebih besar", RATNER),
        q("AI perusahaan semakin tidak lagi fokus", RATNER),
        q("dan Meta telah memposisikan Llama 3", RATNER),
        q("sebuah langkah strategis", REDDY),
        q("Sungguh menakjubkan melihat Meta", LEVIE),
        q("Ini adalah saat yang tepat", LEVIE),
        q("sumber terbuka", null),
        q("Versi singkatnya adalah open source", ZUCK),
        q("Dan karena masih banyak pekerjaan", ZUCK)));
    assertEquals("sumber terbuka", got.get(3).text());
    assertEquals("sumber terbuka", got.get(10).text());
    // the first quote was never closed before the next one opens
    assertEquals("Sungguh menakjubkan melihat Meta mendorong AI open source secara besar-besaran.", got.get(8).text());
    assertTrue(got.get(12).text().endsWith("diferensiasi produk kami"), got.get(12).text());
    assertEquals(QuoteMatch.Kind.TERM, got.get(3).kind(), "a term in quotes");
    assertEquals(QuoteMatch.Kind.TERM, got.get(10).kind());
    assertNull(got.get(3).speakerText());
    assertEquals(QuoteMatch.Kind.PARTIAL, got.get(7).kind(), "Reddy's words inside the writer's sentence");
    assertEquals(QuoteMatch.Kind.DIRECT, got.get(8).kind());
    assertEquals("katanya", got.get(1).speakerText(), "the pronoun-verb is resolved to the person last named");
  }

  @Test
  void seed003Portuguese() throws IOException {
    List<QuoteMatch> got = check("003", "pt", List.of(
        q("Honestamente… Nosso objetivo deve ser o GPT-4,", AL), // disse o VP ..., Ahmad Al-Dahle, ... Hugo Touvron
        q("Temos 64 mil GPUs a caminho!", AL), // continues
        q("Mistral é um trocado para nós,", AL),
        q("Devemos ser capazes de fazer melhor,", AL), // afirmou mais tarde
        q("muito agressivos", null),
        q("Llama 3 é literalmente tudo que me importa,", null), // um executivo
        q("era ruim,", TOUVRON),
        q("Temos os conjuntos de dados certos lá[?]", AL),
        q("Há algo que você quis usar", AL),
        q("Este ano, o Llama 3 é competitivo", ZUCK),
        q("A partir do próximo ano", ZUCK)));
    assertEquals("muito agressivos", got.get(4).text());
    assertEquals("era ruim,", got.get(6).text());
  }

  @Test
  void seed004Korean() throws IOException {
    List<QuoteMatch> got = check("004", "ko", List.of(
        q("우리는 64k GPU를 출시할 것입니다!", AL), // previous sentence: "Al-Dahle은 ... 다음과 같이 썼습니다."
        q("Mistral은 우리에게 중요하지 않습니다.", AL), // "Al-Dahle은 "…""
        q("Llama3 그게 전부입니다. 신경쓰세요.", null), // 한 임원은
        q("끔찍하다", TOUVRON))); // "…"고 밝혔으며
    assertEquals("끔찍하다", got.get(3).text());
    assertEquals(QuoteMatch.Kind.DIRECT, got.get(2).kind());
    assertEquals(QuoteMatch.Kind.PARTIAL, got.get(3).kind());
  }

  /** The same statements in the Indonesian, French and Korean versions of one article: same speakers, same ids. */
  @Test
  void translationsKeepTheSpeakerId() throws IOException {
    List<List<QuoteMatch>> versions = new ArrayList<>();
    for (String[] seed : new String[][] {{"000", "id"}, {"001", "fr"}, {"004", "ko"}}) {
      String text = cleaned(seed[0]);
      versions.add(EXTRACTOR.extract(text, seed[1], personMentions(text)));
    }
    for (int i = 0; i < 4; i++) {
      String id = versions.get(0).get(i).speakerEntityId();
      for (List<QuoteMatch> version : versions) {
        assertEquals(id, version.get(i).speakerEntityId(), "statement " + i + ": " + version.get(i).text());
        assertEquals(versions.get(0).get(i).kind(), version.get(i).kind(), "statement " + i + ": " + version.get(i).text());
      }
    }
    assertEquals("P:al-dahle", versions.get(0).get(0).speakerEntityId());
    assertNull(versions.get(0).get(2).speakerEntityId());
  }

  @Test
  void unknownLanguageStillAttributes() throws IOException {
    String text = cleaned("003");
    List<QuoteMatch> got = EXTRACTOR.extract(text, null, personMentions(text));
    assertEquals(11, got.size());
    assertEquals(AL, got.get(2).speaker());
    assertEquals(ZUCK, got.get(9).speaker());
  }

  @Test
  void withoutMentionsUsesCapitalisedNames() throws IOException {
    String text = cleaned("003");
    List<QuoteMatch> got = EXTRACTOR.extract(text, "pt", List.of());
    assertEquals(11, got.size());
    assertEquals(AL, got.get(0).speaker());
    assertEquals(AL, got.get(2).speaker()); // "Al-Dahle" alone, seen before as "Ahmad Al-Dahle"
    assertNull(got.get(2).speakerEntityId());
    assertNull(got.get(5).speaker());
    assertEquals(ZUCK, got.get(9).speaker());
  }
}
