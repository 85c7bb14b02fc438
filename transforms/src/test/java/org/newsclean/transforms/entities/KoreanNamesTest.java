package org.newsclean.transforms.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Korean name spans and types: word starts, head nouns, places before organisations. */
class KoreanNamesTest {

  private static final KoreanNames NAMES = new KoreanNames(Lexicon.get());

  private static boolean has(String text, String surface, EntityType type) {
    for (KoreanNames.Span sp : NAMES.find(text)) {
      if (text.substring(sp.start(), sp.end()).equals(surface) && sp.type() == type) {
        return true;
      }
    }
    return false;
  }

  private static String spans(String text) {
    List<KoreanNames.Span> sp = NAMES.find(text);
    return sp.stream().map(s -> text.substring(s.start(), s.end()) + ":" + s.type()).toList().toString();
  }

  @Test
  void theDictionarysClassTypesAProperNounThatNoCueTypes() {
    // mecab-ko-dic knows 수아레스 and 시진핑 as persons' names, 베이징 as a place; no head noun or cue says so
    String goal = "수아레스가 결승골을 넣었다.";
    assertTrue(has(goal, "수아레스", EntityType.PERSON), spans(goal));
    String speech = "시진핑 주석은 베이징에서 연설했다.";
    assertTrue(has(speech, "시진핑", EntityType.PERSON), spans(speech));
    assertTrue(has(speech, "베이징", EntityType.LOCATION), spans(speech));
    // a place before a role noun is the place, not the person holding the role
    String premier = "일본 총리는 회견에서 말했다.";
    assertTrue(has(premier, "일본", EntityType.LOCATION), spans(premier));
    // a verb form the dictionary also lists as a name (올린, posted) stays a word
    String posted = "사진을 올린 뒤 삭제했다.";
    assertTrue(NAMES.find(posted).isEmpty(), spans(posted));
  }

  @Test
  void aCountrysArmyOrTeamIsAnOrganisation() {
    String army = "북한군이 발포했다.";
    assertTrue(has(army, "북한군", EntityType.ORGANIZATION), spans(army));
    String team = "대한민국 축구 대표팀은 일본 대표팀을 이겼다.";
    assertTrue(has(team, "대한민국 축구 대표팀", EntityType.ORGANIZATION), spans(team));
    assertTrue(has(team, "일본 대표팀", EntityType.ORGANIZATION), spans(team));
    // 군사 (military affairs) is another word: the country stays a place
    String affairs = "북한군사 전문가가 말했다.";
    assertTrue(has(affairs, "북한", EntityType.LOCATION), spans(affairs));
  }

  @Test
  void aNameStartsWithItsWord() {
    String text = "국토교통부는 어제 발표했다.";
    assertTrue(has(text, "국토교통부", EntityType.ORGANIZATION), spans(text));
  }

  @Test
  void aPlaceBeforeAPoliceStationIsPartOfItsName() {
    String text = "서울 서대문경찰서는 수사에 착수했다.";
    assertTrue(has(text, "서울 서대문경찰서", EntityType.ORGANIZATION), spans(text));
  }

  @Test
  void aPartyIsAnOrganisationEvenBeforeARoleNoun() {
    String text = "민주당 대표는 반대했다.";
    assertTrue(has(text, "민주당", EntityType.ORGANIZATION), spans(text));
    String district = "서초구 구청장은 말했다.";
    assertTrue(has(district, "서초구", EntityType.LOCATION), spans(district));
  }

  @Test
  void theLexiconsOrganisationWordsAreFoundWhateverNoriMakesOfThem() {
    // Nori reads 새누리당 as 새/누리/당, with no noun among them
    String text = "새누리당 김무성 대표는 유엔과 국회에서 말했다.";
    assertTrue(has(text, "새누리당", EntityType.ORGANIZATION), spans(text));
    assertTrue(has(text, "유엔", EntityType.ORGANIZATION), spans(text));
    assertTrue(has(text, "김무성", EntityType.PERSON), spans(text));
    // a word that only starts like one is not one
    String other = "새누리당원들은 모였다.";
    assertTrue(NAMES.find(other).stream().noneMatch(sp -> other.substring(sp.start(), sp.end()).startsWith("새누리당")), spans(other));
  }

  @Test
  void aNeighbourhoodAfterAPlaceIsPartOfTheAddressButAPersonStaysAPerson() {
    String text = "서울 노원구 공릉동 태릉선수촌에서 열린 대회";
    assertTrue(has(text, "서울 노원구 공릉동", EntityType.LOCATION), spans(text));
    String person = "부산 김민동 씨는 말했다.";
    assertTrue(has(person, "김민동", EntityType.PERSON), spans(person));
    assertTrue(has(person, "부산", EntityType.LOCATION), spans(person));
  }

  @Test
  void latinInitialsAndHangulNounsInOneWordAreACompany() {
    String text = "SK텔레콤은 요금을 내렸다.";
    assertTrue(has(text, "SK텔레콤", EntityType.ORGANIZATION), spans(text));
  }

  @Test
  void aPrefixBeforeAPersonCueIsNoPartOfTheName() {
    String text = "노무현 전 대통령은 말했다.";
    assertTrue(NAMES.find(text).stream().noneMatch(s -> text.substring(s.start(), s.end()).endsWith("전")), spans(text));
  }
}
