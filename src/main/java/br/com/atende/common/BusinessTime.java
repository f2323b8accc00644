package br.com.atende.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Business rules are evaluated in São Paulo time; instants are stored in UTC. "Now" is the engine's
 * clock so that process tests can move time for timers and rules alike.
 */
public final class BusinessTime {

  public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private BusinessTime() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  /** "2026-11-25T10:30": how callback times travel in forms and the API (São Paulo, no zone). */
  public static String formatLocalMinutes(Instant instant) {
    return instant == null ? null : toLocal(instant).format(LOCAL_MINUTES);
  }

  /** "25/11/2026 10:30", São Paulo time: how screens, forms and exports show an instant to people. */
  public static String formatBrazilian(Instant instant) {
    return instant == null ? null : toLocal(instant).format(BRAZILIAN);
  }

  /** Reads "yyyy-MM-ddTHH:mm" (seconds allowed) as São Paulo local time; empty means none. */
  public static Optional<LocalDateTime> parseLocal(String text) {
    return parseLocal(text, "Data de retorno");
  }

  /** The same, the refusal naming the field the user filled ("Data e hora do agendamento (appointmentAt)"). */
  public static Optional<LocalDateTime> parseLocal(String text, String field) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text.trim(), DateTimeFormatter.ISO_LOCAL_DATE_TIME));
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest(field + " inválida: \"" + text + "\". Use o formato aaaa-mm-ddThh:mm.");
    }
  }

  public static LocalDateTime toLocal(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZONE);
  }

  public static Instant toInstant(LocalDateTime local) {
    return local.atZone(ZONE).toInstant();
  }

  /** How our tables hold an instant: its UTC wall time (DATETIME columns have no zone). */
  public static LocalDateTime toUtcColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Date toDate(Instant instant) {
    return instant == null ? null : Date.from(instant);
  }
}
