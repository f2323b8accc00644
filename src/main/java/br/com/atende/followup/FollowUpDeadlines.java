package br.com.atende.followup;

import br.com.atende.common.BusinessDays;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * A follow-up's deadlines: the days come from the DMN table follow-up-deadline (a process owner edits
 * them); this counts them in business days from today (São Paulo) and refuses, in pt-BR, a deadline
 * the rules do not allow.
 */
@Component
public class FollowUpDeadlines {

  public static final String DECISION_KEY = "follow-up-deadline";
  private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One row of the table. */
  public record Rule(int initialDays, int renewalDays, int maxDays, boolean renewable, int validationAfterDays) {}

  /** A new follow-up's deadline, its maximum, and whether a supervisor must validate it first. */
  public record Opening(LocalDate dueOn, LocalDate maxDueOn, boolean needsValidation) {}

  private final DecisionService decisionService;

  public FollowUpDeadlines(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Rule rule(FollowUpType type) {
    DmnDecisionResultEntries row = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(java.util.Map.of("type", type.name())).evaluate().getSingleResult();
    if (row == null) {
      throw new IllegalStateException("follow-up-deadline has no row for " + type);
    }
    return new Rule(number(row, "initialDays"), number(row, "renewalDays"), number(row, "maxDays"),
        Boolean.TRUE.equals(row.getEntry("renewable")), number(row, "validationAfterDays"));
  }

  /** The deadline asked for (null: the table's initial days), checked against the maximum. */
  public Opening open(FollowUpType type, LocalDate requested) {
    Rule rule = rule(type);
    LocalDate today = BusinessTime.today();
    LocalDate max = BusinessDays.plusBusinessDays(today, rule.maxDays());
    LocalDate dueOn = requested == null ? BusinessDays.plusBusinessDays(today, rule.initialDays()) : requested;
    if (requested != null) {
      requireBusinessDayWithin("Prazo (dueOn)", requested, today, max, rule, type);
    }
    return new Opening(dueOn, max, ChronoUnit.DAYS.between(today, dueOn) > rule.validationAfterDays());
  }

  /** The deadline a renewal moves to: the one asked for, or the current plus the table's renewal days, never past the maximum. */
  public LocalDate renewal(FollowUp followUp, LocalDate requested) {
    Rule rule = rule(followUp.getType());
    if (!rule.renewable()) {
      throw UserFacingException.badRequest("Renovação não permitida: o agendamento " + followUp.getType().label()
          + " tem prazo máximo de " + rule.maxDays() + " dias úteis e não se renova.");
    }
    if (!followUp.getDueOn().isBefore(followUp.getMaxDueOn())) {
      throw UserFacingException.badRequest("Renovação não permitida: o agendamento já está no prazo máximo ("
          + format(followUp.getMaxDueOn()) + "). Conclua-o ou registre a venda.");
    }
    if (requested == null) {
      LocalDate renewed = BusinessDays.plusBusinessDays(followUp.getDueOn(), rule.renewalDays());
      return renewed.isAfter(followUp.getMaxDueOn()) ? followUp.getMaxDueOn() : renewed;
    }
    if (!requested.isAfter(followUp.getDueOn())) {
      throw UserFacingException.badRequest("Novo prazo (newDueOn): escolha um dia depois do prazo atual ("
          + format(followUp.getDueOn()) + ").");
    }
    requireBusinessDayWithin("Novo prazo (newDueOn)", requested, BusinessTime.today(), followUp.getMaxDueOn(), rule,
        followUp.getType());
    return requested;
  }

  /** Reads a date as forms and the API send it (yyyy-MM-dd); blank means none. */
  public static LocalDate parseDate(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest(field + ": data inválida \"" + text + "\". Use o formato aaaa-mm-dd.");
    }
  }

  public static String format(LocalDate day) {
    return day == null ? null : day.format(BRAZILIAN);
  }

  private static void requireBusinessDayWithin(String field, LocalDate day, LocalDate today, LocalDate max, Rule rule,
      FollowUpType type) {
    if (day.isBefore(today)) {
      throw UserFacingException.badRequest(field + ": " + format(day) + " já passou.");
    }
    if (day.isAfter(max)) {
      throw UserFacingException.badRequest(field + ": " + format(day) + " passa do prazo máximo do agendamento "
          + type.label() + " (" + rule.maxDays() + " dias úteis, até " + format(max) + ").");
    }
    if (!BusinessDays.isBusinessDay(day)) {
      throw UserFacingException.badRequest(field + ": " + format(day)
          + " não é dia útil (fim de semana ou feriado nacional). Escolha um dia útil.");
    }
  }

  private static int number(DmnDecisionResultEntries row, String name) {
    Object value = row.getEntry(name);
    return value instanceof Number n ? n.intValue() : 0;
  }
}
