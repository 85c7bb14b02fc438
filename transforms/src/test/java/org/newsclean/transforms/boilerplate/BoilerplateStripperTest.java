package org.newsclean.transforms.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Small inline cases per rule, with negatives. */
class BoilerplateStripperTest {

  private static final BoilerplateStripper S = BoilerplateStripper.withDefaults();

  private static final String P1 =
      "The company said on Tuesday that its new model would be released to developers next month, "
          + "after months of internal testing.";
  private static final String P2 =
      "Analysts expect the decision to put pressure on rivals that keep the weights of their models secret.";
  private static final String P3 =
      "The court is expected to rule on the motion before the end of the year, lawyers for both sides said.";

  private static String doc(String... lines) {
    return String.join("\n", lines);
  }

  private static String body() {
    return P1 + "\n\n" + P2 + "\n\n" + P3;
  }

  @Test
  void defaultsAreBuiltOnce() {
    assertSame(S, BoilerplateStripper.withDefaults());
  }

  @Test
  void emptyAndBlankInput() {
    assertEquals(new StrippedText("", List.of()), S.strip(""));
    assertEquals("", S.strip(" \r\n\t\u00A0\n").text());
    assertEquals("", S.strip(null).text());
  }

  @Test
  void foldsWhitespaceIntoTheOutputFormat() {
    StrippedText out = S.strip("  A  first\tparagraph\u00A0here.\r\n\r\n\r\nSecond\u2003one.  \n");
    assertEquals("A first paragraph here.\n\nSecond one.", out.text());
    assertEquals(List.of(), out.removed());
  }

  // ------------------------------------------------------------------ mastheads

  @ParameterizedTest
  @ValueSource(strings = {"Bolt42", "TechCrunch", "CNN", "kompas.com", "Example.co.id", "NEWS24 | Tech", "Reuters"})
  void brandLikeHeaderAndFooterLinesAreRemoved(String brand) {
    StrippedText out = S.strip(doc(brand, P1, P2, P3, brand));
    assertEquals(body(), out.text());
    assertEquals(List.of(brand, brand), out.removed());
  }

  @Test
  void brandOnlyInTheHeaderIsRemovedToo() {
    assertEquals(body(), S.strip(doc("GlobeNews", P1, P2, P3)).text());
    assertEquals(body(), S.strip(doc(P1, P2, P3, "GlobeNews")).text());
  }

  @Test
  void shortLineRepeatedInHeaderAndFooterIsRemoved() {
    StrippedText out = S.strip(doc("Harian Rakyat Merdeka", P1, P2, P3, "Harian Rakyat Merdeka"));
    assertEquals(body(), out.text());
    assertEquals(List.of("Harian Rakyat Merdeka", "Harian Rakyat Merdeka"), out.removed());
  }

  @Test
  void sentenceLikeTitleOnTheFirstLineStays() {
    String title = "Meta Races to Beat OpenAI With Its New Open Model";
    assertEquals(title + "\n\n" + body(), S.strip(doc(title, P1, P2, P3)).text());
    String shortTitle = "Meta Faces Copyright Lawsuit";
    assertEquals(shortTitle + "\n\n" + body(), S.strip(doc(shortTitle, P1, P2, P3)).text());
  }

  @Test
  void headingLinesInTheMiddleStay() {
    String text = doc(P1, "Legal Challenges", P2, "GPT4", P3, "Outlook", P1);
    StrippedText out = S.strip(text);
    assertEquals(
        String.join("\n\n", P1, "Legal Challenges", P2, "GPT4", P3, "Outlook", P1), out.text());
    assertEquals(List.of(), out.removed());
  }

  @Test
  void shortLowercaseOrPunctuatedEdgeLinesStay() {
    assertEquals("see below\n\n" + body(), S.strip(doc("see below", P1, P2, P3)).text());
    assertEquals(body() + "\n\nThe end.", S.strip(doc(P1, P2, P3, "The end.")).text());
  }

  // ------------------------------------------------------------------ captcha

  @ParameterizedTest
  @ValueSource(
      strings = {
        "16 \u2212 12 =", "3 + 4 = ?", "3+4=?", "seven + 2 =", "9 x 3 =", "8 \u00D7 2 = ?", "10 - 7 =",
        "What is 5 + 3?", "dua + tiga =", "captcha", "reCAPTCHA", "I am not a robot", "I'm not a robot",
        "Saya bukan robot", "Je ne suis pas un robot", "Não sou um robô", "Ich bin kein Roboter", "Я не робот",
        "로봇이 아닙니다", "我不是机器人"
      })
  void captchaResidueIsRemoved(String captcha) {
    StrippedText out = S.strip(doc(P1, P2, "    " + captcha, P3));
    assertEquals(body(), out.text());
    assertEquals(List.of(captcha), out.removed());
  }

  @Test
  void arithmeticInsideRealTextStays() {
    String s = "The simple formula 2 + 2 = 4 was written on the whiteboard behind him.";
    assertEquals(s, S.strip(s).text());
    assertEquals("E = mc2", S.strip(doc(P1, "E = mc2", P2)).text().split("\n\n")[1]);
    assertEquals("Result: 3 + 4 = 7", S.strip(doc(P1, "Result: 3 + 4 = 7", P2)).text().split("\n\n")[1]);
  }

  // ------------------------------------------------------------------ widget and notice lines

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share this article", "Share", "Share on Facebook", "Tweet", "Follow us on Facebook, Twitter and Instagram",
        "Subscribe to our newsletter", "Sign up for our newsletter", "Advertisement", "ADVERTISEMENT", "Comments",
        "Facebook Twitter WhatsApp LinkedIn Email", "5 min read", "Read also: Meta unveils its newest model today",
        "Bagikan artikel ini", "Ikuti kami di Google News", "Iklan", "Baca juga: Harga minyak naik lagi",
        "Kongsi artikel ini", "Partager sur Facebook", "Abonnez-vous à notre newsletter", "Publicité",
        "Lire aussi : Le procès reprend en juin", "Compartilhe", "Leia também: Meta lança novo modelo",
        "Publicidade", "Síguenos en Twitter", "Publicidad", "Lee también: La justicia falla en contra",
        "Teilen", "Anzeige", "Lesen Sie auch: Meta verklagt", "Condividi su Facebook", "Pubblicità",
        "Leggi anche: il nuovo modello", "Deel dit artikel", "Advertentie", "Lees ook: de rechtszaak",
        "공유하기", "광고", "관련기사 메타, 새 모델 공개", "シェアする", "広告", "関連記事：メタが新モデル",
        "分享到微博", "广告", "相关阅读：Meta发布新模型", "Поделиться", "Реклама", "Читайте также: Meta выпустила модель",
        "© 2024 Example Media. All rights reserved.", "Copyright 2023 Example Group",
        "Hak Cipta Dilindungi Undang-Undang", "Tous droits réservés", "무단전재 및 재배포 금지",
        "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.",
        "* * *", "https://example.com/news/2024/meta-llama", "www.example.org", "redaksi@example.co.id",
        "Email: news@example.com", "example.com | example.net"
      })
  void boilerplateLinesAreRemovedAnywhere(String line) {
    StrippedText out = S.strip(doc(P1, P2, line, P3));
    assertEquals(body(), out.text());
    assertEquals(List.of(line), out.removed());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Meta said it would share the model weights with researchers, a decision that critics called risky.",
        "Investors who follow the company closely were surprised by the size of the share buyback announced today.",
        "Share prices fall",
        "Follow the money",
        "Masalah Hak Cipta dan Tantangan Hukum",
        "Problèmes de droits d'auteur et défis juridiques",
        "저작권 문제 및 법적 문제",
        "The advertising market",
        "Newsletter publishers struggle as subscriptions fall and advertising revenue keeps shrinking this year.",
        "Node.js",
        "Readers can subscribe to the archive for a fee, the publisher said in a statement on Monday."
      })
  void realTextWithWidgetWordsStays(String line) {
    StrippedText out = S.strip(doc(P1, P2, line, P3));
    assertEquals(String.join("\n\n", P1, P2, line, P3), out.text());
    assertEquals(List.of(), out.removed());
  }

  // ------------------------------------------------------------------ injected spam fragments

  @Test
  void injectedDomainFragmentBeforeSentenceEndIsCut() {
    StrippedText out =
        S.strip("Harga minyak naik tajam pada pekan ini, beritaku.xyz terbaru. Pasar saham ikut bereaksi.");
    assertEquals("Harga minyak naik tajam pada pekan ini. Pasar saham ikut bereaksi.", out.text());
    assertEquals(List.of("beritaku.xyz terbaru"), out.removed());

    StrippedText two =
        S.strip("It rained all day, spam.info more! Then it cleared up, go.example.net now.\nNext line, as usual.");
    assertEquals("It rained all day! Then it cleared up.\n\nNext line, as usual.", two.text());
    assertEquals(List.of("spam.info more", "go.example.net now"), two.removed());
  }

  @Test
  void brandsCitationsAndLongClausesAreNotCut() {
    List<String> keep =
        List.of(
            "Bindu Reddy, CEO startup AI generatif Abacus.AI, baru-baru ini mengatakan pada X bahwa langkah itu strategis.",
            "Data itu kemudian dikonfirmasi, menurut detik.com.",
            "The report was first published online, according to example.com.",
            "The group also owns several sites, and example.com was among them.",
            "Its main rival, Example.AI, declined to comment.",
            "He sent the files, ok.",
            "Prices rose 3.5 percent, analysts said.");
    for (String s : keep) {
      StrippedText out = S.strip(s);
      assertEquals(s, out.text());
      assertEquals(List.of(), out.removed());
    }
  }

  @Test
  void removedSegmentsAreInDocumentOrder() {
    StrippedText out =
        S.strip(doc("Bolt42", P1, "Share this article", "Prices rose this week, cheap.xyz lain. Then fell.", P2, "3 + 4 =", P3, "Bolt42"));
    assertEquals(
        List.of("Bolt42", "Share this article", "cheap.xyz lain", "3 + 4 =", "Bolt42"), out.removed());
    assertEquals(String.join("\n\n", P1, "Prices rose this week. Then fell.", P2, P3), out.text());
  }

  @Test
  void isThreadSafeUnderConcurrentUse() throws Exception {
    String text = doc("Bolt42", P1, "Share this article", P2, "3 + 4 =", P3, "Bolt42");
    String expected = S.strip(text).text();
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger bad = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          if (!expected.equals(S.strip(text).text())) {
            bad.incrementAndGet();
          }
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(0, bad.get());
    assertFalse(expected.contains("Bolt42"));
    assertTrue(expected.startsWith(P1));
  }
}
