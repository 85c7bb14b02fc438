package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsclean.transforms.entities.EntityCatalogTest.find;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each rule on small inline texts. */
class EntityExtractorTest {

  private static final EntityExtractor X = EntityExtractor.withDefaultCatalog();
  private static final EntityExtractor EMPTY;

  static {
    try {
      EMPTY = new EntityExtractor(EntityCatalog.parse(new StringReader(""), "empty"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> surfaces(List<Mention> ms) {
    return ms.stream().map(Mention::surface).collect(Collectors.toList());
  }

  private static void assertWellFormed(String text, List<Mention> ms) {
    int last = -1;
    for (Mention m : ms) {
      assertTrue(m.start() >= last, "sorted and non-overlapping: " + ms);
      assertEquals(text.substring(m.start(), m.end()), m.surface());
      last = m.end();
    }
  }

  // ------------------------------------------------------------------ catalog aliases

  @Test
  void latinAliasesMatchOnWordBoundariesAndLongestWins() {
    String text = "Meta merilis Llama3, lalu Llama 3.1 dan Llama 2 dan 3; Llama-nya? Metaverse bukan Meta.";
    List<Mention> ms = X.extract(text, "id");
    assertWellFormed(text, ms);
    assertEquals("prod-llama-3", find(ms, "Llama3").entityId());
    Mention l3 = ms.stream().filter(m -> m.start() == text.indexOf("Llama 3.1")).findFirst().orElseThrow();
    assertEquals("Llama 3.1", l3.surface(), "the longest alias wins");
    assertEquals("prod-llama-3-1", l3.entityId());
    assertEquals("prod-llama-2", find(ms, "Llama 2").entityId());
    assertTrue(ms.stream().noneMatch(m -> m.surface().startsWith("Metaverse")), surfaces(ms).toString());
    assertEquals(2, ms.stream().filter(m -> m.entityId().equals("org-meta")).count(), surfaces(ms).toString());
    assertTrue(ms.stream().noneMatch(m -> m.entityId().equals("prod-llama") && m.start() == text.indexOf("Llama3")));
  }

  @Test
  void shortAliasesRespectCaseLongOnesAcceptAllCaps() {
    List<Mention> ms = X.extract("A meta da empresa era vencer a META e a OPENAI, não a openai.", "pt");
    assertEquals(List.of("META", "OPENAI"), surfaces(ms));
    assertEquals("org-meta", ms.get(0).entityId());
    assertEquals("org-openai", ms.get(1).entityId());
    // a box is not the company Box, a react is not React
    assertTrue(X.extract("Put it in the box and react quickly.", "en").isEmpty());
  }

  @Test
  void hangulAliasesAllowParticlesButSpanCoversTheAliasOnly() {
    String text = "메타는 라마3를 공개했고, 미스트랄과 경쟁한다. 주커버그의 발언. 메타버스는 다르다.";
    List<Mention> ms = X.extract(text, "ko");
    assertWellFormed(text, ms);
    assertEquals(List.of("메타", "라마3", "미스트랄", "주커버그"), surfaces(ms));
    assertEquals("org-meta", ms.get(0).entityId());
    assertEquals("prod-llama-3", ms.get(1).entityId());
    assertEquals("org-mistral-ai", ms.get(2).entityId());
    assertEquals("per-mark-zuckerberg", ms.get(3).entityId());
  }

  @Test
  void latinNameInsideKoreanTextTakesParticles() {
    List<Mention> ms = X.extract("Meta의 부사장 Ahmad Al-Dahle은 Llama3를 언급했다.", "ko");
    assertEquals(List.of("Meta", "Ahmad Al-Dahle", "Llama3"), surfaces(ms));
  }

  // ------------------------------------------------------------------ discovery

  @Test
  void unknownPersonWithRoleCueAndShortFormLinking() {
    String text = "Menurut peneliti Budi Santoso, model itu bagus. Kemudian Santoso menambahkan bahwa "
        + "hasilnya kuat. Santoso juga optimis.";
    List<Mention> ms = X.extract(text, "id");
    assertWellFormed(text, ms);
    Mention full = find(ms, "Budi Santoso");
    assertEquals(EntityType.PERSON, full.type());
    List<Mention> shorts = ms.stream().filter(m -> m.surface().equals("Santoso")).toList();
    assertEquals(2, shorts.size(), "mid-sentence and sentence-initial short forms: " + surfaces(ms));
    for (Mention m : shorts) {
      assertEquals(full.entityId(), m.entityId());
      assertEquals("Budi Santoso", m.name());
      assertEquals(EntityType.PERSON, m.type());
    }
    assertEquals(EntityIds.forName("Budi Santoso"), full.entityId());
    assertTrue(full.entityId().startsWith("u-budi-santoso-"), full.entityId());
  }

  @Test
  void unknownIdsAreTheSameAcrossDocumentsAndLanguages() {
    Mention a = find(X.extract("Selon le chercheur Jean-Pierre Dubois, c'est faux.", "fr"), "Jean-Pierre Dubois");
    Mention b = find(X.extract("Researcher Jean-Pierre Dubois said it was wrong.", "en"), "Jean-Pierre Dubois");
    Mention c = find(X.extract("Menurut peneliti JEAN-PIERRE DUBOIS, itu salah.", "id"), "JEAN-PIERRE DUBOIS");
    assertEquals(a.entityId(), b.entityId());
    assertEquals(a.entityId(), c.entityId());
    assertEquals(EntityType.PERSON, a.type());
    assertEquals(EntityIds.key("Jean-Pierre Dubois"), EntityIds.key("jean pierre  DUBOIS"));
    assertEquals(EntityIds.key("Çelik Öztürk"), EntityIds.key("Celik Ozturk"));
    assertNotEquals(EntityIds.forName("Jean Dubois"), a.entityId());
  }

  @Test
  void connectorsAndArabicPrefixesStayInsideNames() {
    List<Mention> ms = EMPTY.extract("Kemarin, presiden Luiz Inácio Lula da Silva bertemu Ursula von der Leyen "
        + "dan menteri Khalid Al-Falih di sana. Al-Falih tersenyum.", "id");
    assertTrue(surfaces(ms).containsAll(List.of("Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Khalid Al-Falih")),
        surfaces(ms).toString());
    Mention shortForm = ms.get(ms.size() - 1);
    assertEquals("Al-Falih", shortForm.surface());
    assertEquals("Khalid Al-Falih", shortForm.name());
    assertEquals(EntityType.PERSON, shortForm.type());
  }

  @Test
  void organisationSuffixesHeadsAndDomains() {
    String text = "Kontrak dengan Zentrix Corp, Borlan Inc. dan startup Quorvia AI diumumkan oleh Nuvolo.com, "
        + "sementara Universitas Gadjah Mada dan Banco Azul SA ikut.";
    List<Mention> ms = EMPTY.extract(text, "id");
    for (String org : List.of("Zentrix Corp", "Borlan Inc", "Quorvia AI", "Nuvolo.com", "Universitas Gadjah Mada",
        "Banco Azul SA")) {
      assertEquals(EntityType.ORGANIZATION, find(ms, org).type(), org);
    }
  }

  @Test
  void placesFromPrepositionsAndHeadWords() {
    List<Mention> ms = EMPTY.extract("Kantor itu pindah dari sini ke Bandung, dekat Kota Cimahi dan Rio de Janeiro.", "id");
    assertEquals(EntityType.LOCATION, find(ms, "Bandung").type());
    assertEquals(EntityType.LOCATION, find(ms, "Kota Cimahi").type());
    assertEquals(EntityType.LOCATION, find(ms, "Rio de Janeiro").type());
    assertEquals(EntityType.LOCATION, find(EMPTY.extract("Il habite à Grenoble depuis longtemps.", "fr"), "Grenoble").type());
  }

  @Test
  void roleOfNameMakesAnOrganisationAndApposedNameAPerson() {
    List<Mention> ms = EMPTY.extract("O CEO da Zentrix, João Silveira, disse que a pesquisadora Ana Costa saiu.", "pt");
    assertEquals(EntityType.ORGANIZATION, find(ms, "Zentrix").type());
    assertEquals(EntityType.PERSON, find(ms, "João Silveira").type());
    assertEquals(EntityType.PERSON, find(ms, "Ana Costa").type());
    List<Mention> ko = EMPTY.extract("Zentrix의 부사장인 Maria Lopez는 말했다.", "ko");
    assertEquals(EntityType.PERSON, find(ko, "Maria Lopez").type());
  }

  @Test
  void legalCasesInEveryWritingGetOneId() {
    Mention v = find(EMPTY.extract("Dalam kasus Doe v. Zentrix, hakim memutuskan.", "id"), "Doe v. Zentrix");
    Mention c = find(EMPTY.extract("Dans l'affaire Doe c. Zentrix, le juge a tranché.", "fr"), "Doe c. Zentrix");
    Mention vs = find(EMPTY.extract("In Doe vs. Zentrix the court ruled.", "en"), "Doe vs. Zentrix");
    assertEquals(EntityType.LEGAL_CASE, v.type());
    assertEquals(EntityType.LEGAL_CASE, c.type());
    assertEquals(v.entityId(), c.entityId());
    assertEquals(v.entityId(), vs.entityId());
    // a catalog party does not break the case name; the stop word before it is not part of it
    Mention withCatalogParty = find(X.extract("Dans Dupont c. Meta, rien.", "fr"), "Dupont c. Meta");
    assertEquals(EntityType.LEGAL_CASE, withCatalogParty.type());
    List<Mention> ko = X.extract("도 대 메타 사건에서 법원은 판단했다.", "ko");
    assertEquals(EntityType.LEGAL_CASE, find(ko, "도 대 메타").type());
    // "X 대 Y" without a case noun is not a case (scores, comparisons)
    assertTrue(X.extract("한국 대 일본 경기.", "ko").stream().noneMatch(m -> m.type() == EntityType.LEGAL_CASE));
  }

  @Test
  void commonWordsAtSentenceStartAreNotNames() {
    String id = "Namun hasilnya jelas. Dalam laporan itu ada data. Meskipun begitu, Pada akhirnya semua setuju. "
        + "Kemarin hujan. Saya pulang kemarin.";
    assertTrue(EMPTY.extract(id, "id").isEmpty(), surfaces(EMPTY.extract(id, "id")).toString());
    String fr = "Cependant, le marché baisse. Selon le rapport, rien. Malgré tout, Dans ce cas on attend.";
    assertTrue(EMPTY.extract(fr, "fr").isEmpty(), surfaces(EMPTY.extract(fr, "fr")).toString());
    String pt = "Embora o mercado caia, Quando chove. Os dados e As regras.";
    assertTrue(EMPTY.extract(pt, "pt").isEmpty(), surfaces(EMPTY.extract(pt, "pt")).toString());
    // an unknown sentence-initial word seen capitalised mid-sentence is kept
    List<Mention> ms = EMPTY.extract("Zentrix tumbuh. Investor menyukai Zentrix.", "id");
    assertEquals(List.of("Zentrix", "Zentrix"), surfaces(ms));
    assertEquals(ms.get(0).entityId(), ms.get(1).entityId());
  }

  @Test
  void headlineLinesNeedCorroboration() {
    String text = "Masalah Hak Cipta dan Tantangan Hukum\nPerusahaan Zentrix menghadapi gugatan.";
    List<Mention> ms = EMPTY.extract(text, "id");
    assertEquals(List.of("Zentrix"), surfaces(ms));
  }

  @Test
  void germanNounsAreNotNames() {
    List<Mention> ms = EMPTY.extract("Die Firma meldete einen Gewinn, sagte der Chef Hans Müller in Berlin.", "de");
    assertTrue(surfaces(ms).contains("Hans Müller"), surfaces(ms).toString());
    assertFalse(surfaces(ms).contains("Gewinn"));
    assertFalse(surfaces(ms).contains("Firma"));
  }

  // ------------------------------------------------------------------ dates

  @Test
  void monthYearDatesAreNormalisedInEveryLanguage() {
    String[][] cases = {
      {"id", "Pada Juli 2024, Budi datang.", "Juli 2024"},
      {"fr", "En juillet 2024, il est venu.", "juillet 2024"},
      {"pt", "em uma carta de julho de 2024.", "julho de 2024"},
      {"es", "en julio de 2024 llegó.", "julio de 2024"},
      {"de", "Im Juli 2024 kam er.", "Juli 2024"},
      {"en", "In July 2024 he came.", "July 2024"},
      {"ko", "2024년 7월 주커버그는 말했다.", "2024년 7월"},
    };
    for (String[] c : cases) {
      Mention m = find(X.extract(c[1], c[0]), c[2]);
      assertEquals(EntityType.DATE, m.type(), c[1]);
      assertEquals("2024-07", m.name(), c[1]);
      assertEquals("date-2024-07", m.entityId(), c[1]);
    }
    assertEquals("2023-10", find(X.extract("uma mensagem de outubro de 2023", "pt"), "outubro de 2023").name());
    assertEquals("2024-07-15", find(X.extract("le 15 juillet 2024", "fr"), "15 juillet 2024").name());
    assertEquals("2024-07-15", find(X.extract("on July 15, 2024", "en"), "July 15, 2024").name());
    assertEquals("2024-07-15", find(X.extract("2024년 7월 15일에", "ko"), "2024년 7월 15일").name());
  }

  @Test
  void bareYearsAfterAPrepositionAreDates() {
    assertEquals("2025", find(X.extract("mulai tahun 2025, seri itu", "id"), "2025").name());
    assertEquals("2025", find(X.extract("à partir de 2025, la série", "fr"), "2025").name());
    assertEquals("2025", find(X.extract("2025년부터 시리즈가", "ko"), "2025년").name());
    assertEquals("date-2025", find(X.extract("in 2025 the series", "en"), "2025").entityId());
    assertTrue(X.extract("kode 2025 dipakai", "id").isEmpty(), "a bare number without a cue is not a date");
  }

  // ------------------------------------------------------------------ amounts

  @Test
  void amountsWithScalesUnitsAndCurrencies() {
    Mention a = find(X.extract("lebih dari 700 juta pengguna", "id"), "700 juta pengguna");
    assertEquals(EntityType.AMOUNT, a.type());
    assertEquals("700000000 users", a.name());
    Mention g1 = find(X.extract("seperti GPU 64k.", "id"), "GPU 64k");
    Mention g2 = find(X.extract("64k GPU를 출시", "ko"), "64k GPU");
    Mention g3 = find(X.extract("Temos 64 mil GPUs a caminho", "pt"), "64 mil GPUs");
    assertEquals("64000 GPU", g1.name());
    assertEquals(g1.entityId(), g2.entityId());
    assertEquals(g1.entityId(), g3.entityId());
    assertEquals("1000000000 USD", find(X.extract("raised $1 billion last year", "en"), "$1 billion").name());
    Mention idr = find(X.extract("senilai 1,5 miliar dolar AS", "id"), "1,5 miliar dolar");
    Mention en = find(X.extract("worth 1.5 billion dollars", "en"), "1.5 billion dollars");
    assertEquals("1500000000 USD", idr.name());
    assertEquals(idr.entityId(), en.entityId());
    assertEquals("1000 USD", find(X.extract("harganya 1.000 dolar", "id"), "1.000 dolar").name());
    assertEquals("300000000000 KRW", find(X.extract("3000억원을 투자", "ko"), "3000억원").name());
    Mention vague = find(X.extract("ratusan miliar dolar dari pemain", "id"), "ratusan miliar dolar");
    Mention vagueEn = find(X.extract("hundreds of billions of dollars from", "en"), "hundreds of billions of dollars");
    assertEquals(vague.entityId(), vagueEn.entityId());
    assertEquals("20%", find(X.extract("naik 20% tahun ini", "id"), "20%").name());
    // plain numbers, model versions and arithmetic are not amounts
    assertTrue(X.extract("Llama 2 dan 3, GPT-4, 16 − 12 = 4", "id").stream()
        .noneMatch(m -> m.type() == EntityType.AMOUNT));
  }

  @Test
  void emptyAndNullLanguageAreFine() {
    assertTrue(X.extract("", "und").isEmpty());
    assertEquals("org-meta", find(X.extract("Meta and Google.", null), "Meta").entityId());
  }
}
