package br.com.atende.contactpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.HoldReason;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/contact-hours.dmn and dmn/contact-caps.dmn row by row, read the way the pull reads them: on
 * the number's own clock (its DDD's time zones and state), the matching rows intersected.
 */
class ContactHoursDecisionTest {

  static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final DmnDecision HOURS = parse("contact-hours");
  static final DmnDecision CAPS = parse("contact-caps");
  static final ContactRules.HoursTable TABLE = (state, day, holiday) -> ContactRules.intersect(
      ENGINE.evaluateDecisionTable(HOURS, Map.of("state", state, "dayOfWeek", day.getDayOfWeek().name(),
          "holiday", holiday)).getResultList());

  static final String GOIANIA = "+5562991110000";
  static final String MANAUS = "+5592991110000";
  static final String SAO_PAULO = "+5511991110000";

  /** Times are São Paulo's (the agents' clock); "-" = callable now. 2026-11-30 is a Monday, 2026-12-25 Christmas (a Friday). */
  @ParameterizedTest(name = "{0} at {1} (Brasília) → {2}, next call {3}")
  @CsvSource({
      "GOIANIA,   2026-11-30T08:59, OUTSIDE_HOURS, 2026-11-30T09:00",
      "GOIANIA,   2026-11-30T09:00, -,             2026-11-30T09:00",
      "GOIANIA,   2026-11-30T20:59, -,             2026-11-30T20:59",
      "GOIANIA,   2026-11-30T21:00, OUTSIDE_HOURS, 2026-12-01T09:00",
      "GOIANIA,   2026-12-04T23:30, OUTSIDE_HOURS, 2026-12-05T10:00",
      "GOIANIA,   2026-12-05T09:59, OUTSIDE_HOURS, 2026-12-05T10:00",
      "GOIANIA,   2026-12-05T10:00, -,             2026-12-05T10:00",
      "GOIANIA,   2026-12-05T15:59, -,             2026-12-05T15:59",
      "GOIANIA,   2026-12-05T16:00, OUTSIDE_HOURS, 2026-12-07T09:00",
      "GOIANIA,   2026-12-06T11:00, OUTSIDE_HOURS, 2026-12-07T09:00",
      "GOIANIA,   2026-12-25T10:00, HOLIDAY,       2026-12-26T10:00",
      "MANAUS,    2026-11-30T09:30, OUTSIDE_HOURS, 2026-11-30T10:00",
      "MANAUS,    2026-11-30T21:30, -,             2026-11-30T21:30",
      "MANAUS,    2026-11-30T22:00, OUTSIDE_HOURS, 2026-12-01T10:00",
      "SAO_PAULO, 2026-07-09T10:00, HOLIDAY,       2026-07-10T09:00",
      "GOIANIA,   2026-07-09T10:00, -,             2026-07-09T10:00"})
  void hoursOnTheNumbersOwnClock(String number, String saoPaulo, String held, String next) {
    String phone = Map.of("GOIANIA", GOIANIA, "MANAUS", MANAUS, "SAO_PAULO", SAO_PAULO).get(number);
    LocalHours hours = new LocalHours(TABLE, Phones.zonesOf(phone), Phones.stateOf(phone).orElse(""));
    Instant now = BusinessTime.toInstant(LocalDateTime.parse(saoPaulo));

    assertThat(hours.openAt(now)).isEqualTo(held.equals("-"));
    if (!held.equals("-")) {
      assertThat(hours.closedReason(now)).isEqualTo(HoldReason.valueOf(held));
    }
    assertThat(BusinessTime.toLocal(hours.nextOpening(now))).isEqualTo(LocalDateTime.parse(next));
  }

  @Test
  void manausOpensAtNineOnItsOwnClockWhichIsTenInBrasilia() {
    LocalHours hours = new LocalHours(TABLE, Phones.zonesOf(MANAUS), "AM");
    Instant opening = hours.nextOpening(BusinessTime.toInstant(LocalDateTime.parse("2026-11-30T09:30")));

    assertThat(hours.onLeadClock(opening)).isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
  }

  @Test
  void aDayNoRowCoversHasNoCalls() {
    assertThat(ContactRules.intersect(List.of())).isEmpty();
    assertThat(ContactRules.intersect(List.of(Map.of("opensAt", "09:00", "closesAt", "21:00"),
        Map.of("opensAt", "10:00", "closesAt", "20:00")))).contains(
        new ContactRules.Window(LocalTime.of(10, 0), LocalTime.of(20, 0)));
  }

  @ParameterizedTest(name = "{0}: {1} calls a day")
  @CsvSource({"'', 2", "SP, 2", "AM, 2"})
  void twoCallsADayPerNumber(String state, int max) {
    Object result = ENGINE.evaluateDecisionTable(CAPS, Map.of("state", state)).getSingleResult().getSingleEntry();
    assertThat(((Number) result).intValue()).isEqualTo(max);
  }

  private static DmnDecision parse(String key) {
    try (InputStream table = ContactHoursDecisionTest.class.getResourceAsStream("/dmn/" + key + ".dmn")) {
      return ENGINE.parseDecision(key, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
