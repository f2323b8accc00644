package br.com.atende.contactpolicy;

import br.com.atende.campaign.HoldReason;
import br.com.atende.common.BusinessDays;
import br.com.atende.contactpolicy.ContactRules.HoursTable;
import br.com.atende.contactpolicy.ContactRules.Window;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The hours rule on a number's own clock. A DDD may span time zones: a call is allowed only when
 * every zone of the number is inside its window (the stricter wins), so the next allowed moment is
 * the first window opening, in any of them, at which all are open.
 */
final class LocalHours {

  /** How far ahead a window is looked for; the longest closed stretch (Christmas on a Saturday) is a few days. */
  private static final int LOOKAHEAD_DAYS = 14;

  private final HoursTable rules;
  private final List<ZoneId> zones;
  /** The number's UF for the table's state rows; "" when the geocoder knows none. */
  private final String state;

  LocalHours(HoursTable rules, List<ZoneId> zones, String state) {
    this.rules = rules;
    this.zones = zones;
    this.state = state;
  }

  /** The zone whose day counts the daily cap: the number's first. */
  ZoneId capZone() {
    return zones.get(0);
  }

  boolean openAt(Instant at) {
    return zones.stream().allMatch(zone -> {
      LocalDateTime local = LocalDateTime.ofInstant(at, zone);
      return window(local.toLocalDate()).map(window -> window.contains(local.toLocalTime())).orElse(false);
    });
  }

  /** HOLIDAY when it is a holiday on the number's clock, else OUTSIDE_HOURS. */
  HoldReason closedReason(Instant at) {
    return zones.stream().anyMatch(zone -> holiday(LocalDate.ofInstant(at, zone)))
        ? HoldReason.HOLIDAY : HoldReason.OUTSIDE_HOURS;
  }

  /** The first moment from {@code from} on when a call is allowed (a day later when none is in sight: looked at again then). */
  Instant nextOpening(Instant from) {
    if (openAt(from)) {
      return from;
    }
    TreeSet<Instant> openings = new TreeSet<>();
    for (ZoneId zone : zones) {
      LocalDate first = LocalDate.ofInstant(from, zone);
      for (int i = 0; i <= LOOKAHEAD_DAYS; i++) {
        LocalDate day = first.plusDays(i);
        window(day).map(window -> day.atTime(window.opensAt()).atZone(zone).toInstant())
            .filter(opening -> opening.isAfter(from))
            .ifPresent(openings::add);
      }
    }
    return openings.stream().filter(this::openAt).findFirst().orElse(from.plus(Duration.ofDays(1)));
  }

  /** The start of the number's next local day: when a capped number may be called again, at the earliest. */
  Instant nextLocalDay(Instant from) {
    return LocalDate.ofInstant(from, capZone()).plusDays(1).atStartOfDay(capZone()).toInstant();
  }

  LocalDateTime onLeadClock(Instant at) {
    return LocalDateTime.ofInstant(at, capZone());
  }

  private Optional<Window> window(LocalDate day) {
    return rules.window(state, day, holiday(day));
  }

  private boolean holiday(LocalDate day) {
    return BusinessDays.isHoliday(day, state.isEmpty() ? null : state);
  }
}
