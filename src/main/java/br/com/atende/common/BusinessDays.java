package br.com.atende.common;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Business days ("dias úteis"): Monday to Friday less Brazilian national holidays, as the jollyday
 * library knows them (HolidayCalendar.BRAZIL, no state or city; {@link #isHoliday} adds a state's). Jollyday's Brazil also lists
 * Carnival, Ash Wednesday and Corpus Christi, which the federal calendar publishes as optional days
 * ("pontos facultativos"), not holidays: those stay business days.
 */
public final class BusinessDays {

  /** Jollyday's keys of the federal "pontos facultativos" it counts as Brazilian holidays. */
  private static final Set<String> OPTIONAL_DAYS =
      Set.of("christian.CARNIVAL", "christian.ASH_WEDNESDAY", "christian.CORPUS_CHRISTI");

  private static final HolidayManager BRAZIL = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.BRAZIL));
  private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();
  /** Jollyday's Brazilian subdivisions (its "br" file): for these states it also knows the state holidays. */
  private static final Set<String> STATES_WITH_HOLIDAYS = Set.of("RJ", "SP", "MG", "MS", "PR", "RS", "RN", "GO", "PE", "PB");
  private static final Map<String, Set<LocalDate>> STATE_HOLIDAYS = new ConcurrentHashMap<>();

  private BusinessDays() {}

  public static boolean isBusinessDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidaysOf(day.getYear()).contains(day);
  }

  /** A national holiday, or one of the state (UF, e.g. "SP") where jollyday has the state's calendar. */
  public static boolean isHoliday(LocalDate day, String uf) {
    if (holidaysOf(day.getYear()).contains(day)) {
      return true;
    }
    if (uf == null || !STATES_WITH_HOLIDAYS.contains(uf)) {
      return false;
    }
    return STATE_HOLIDAYS.computeIfAbsent(uf + day.getYear(), key -> BRAZIL.getHolidays(Year.of(day.getYear()),
            uf.toLowerCase(Locale.ROOT)).stream()
        .filter(holiday -> !OPTIONAL_DAYS.contains(holiday.getPropertiesKey()))
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet())).contains(day);
  }

  /** The day {@code days} business days after {@code from} ({@code from} itself not counted); 0 answers {@code from}. */
  public static LocalDate plusBusinessDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days < 0: " + days);
    }
    LocalDate day = from;
    for (int left = days; left > 0; ) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        left--;
      }
    }
    return day;
  }

  private static Set<LocalDate> holidaysOf(int year) {
    return HOLIDAYS.computeIfAbsent(year, y -> BRAZIL.getHolidays(Year.of(y)).stream()
        .filter(holiday -> !OPTIONAL_DAYS.contains(holiday.getPropertiesKey()))
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet()));
  }
}
