package br.com.atende.common;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Business days: weekends and Brazil's national holidays (jollyday) are skipped; federal optional days are not. */
class BusinessDaysTest {

  @ParameterizedTest(name = "{0} {1}: business day {2}")
  @CsvSource({
      "2026-11-30, segunda comum, true",
      "2026-11-28, sábado, false",
      "2026-11-29, domingo, false",
      "2026-01-01, Confraternização Universal, false",
      "2026-04-03, Paixão de Cristo, false",
      "2026-04-21, Tiradentes, false",
      "2026-05-01, Dia do Trabalho, false",
      "2026-09-07, Independência, false",
      "2026-10-12, Nossa Senhora Aparecida, false",
      "2026-11-02, Finados, false",
      "2026-11-20, Consciência Negra (nacional desde 2024), false",
      "2026-12-25, Natal, false",
      "2026-02-16, segunda de Carnaval (não é feriado nacional), true",
      "2026-02-17, terça de Carnaval (ponto facultativo), true",
      "2026-02-18, Quarta-feira de Cinzas (ponto facultativo), true",
      "2026-06-04, Corpus Christi (ponto facultativo), true",
      "2026-07-09, Revolução Constitucionalista (só SP), true",
      "2026-01-25, aniversário de São Paulo (só a cidade; domingo em 2026), false",
      "2027-01-25, aniversário de São Paulo (só a cidade), true"})
  void isBusinessDay(LocalDate day, String what, boolean business) {
    assertThat(BusinessDays.isBusinessDay(day)).as(what).isEqualTo(business);
  }

  @Test
  void jollydayCountsCarnivalAsBrazilianButTheFederalCalendarMakesItOptional() {
    HolidayManager brazil = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BRAZIL));

    assertThat(brazil.isHoliday(LocalDate.of(2026, 2, 17))).isTrue();
    assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 2, 17))).isTrue();
  }

  @ParameterizedTest(name = "{0} + {1} business days = {2}")
  @CsvSource({
      "2026-11-30, 0, 2026-11-30",
      "2026-11-30, 2, 2026-12-02",
      "2026-11-30, 6, 2026-12-08",
      "2026-11-27, 1, 2026-11-30",
      "2026-11-28, 1, 2026-11-30",
      "2026-11-29, 2, 2026-12-01",
      "2026-11-19, 1, 2026-11-23",
      "2026-12-24, 1, 2026-12-28",
      "2026-12-23, 2, 2026-12-28",
      "2026-04-20, 1, 2026-04-22",
      "2026-04-02, 1, 2026-04-06",
      "2026-12-31, 1, 2027-01-04"})
  void plusBusinessDays(LocalDate from, int days, LocalDate expected) {
    assertThat(BusinessDays.plusBusinessDays(from, days)).isEqualTo(expected);
  }
}
