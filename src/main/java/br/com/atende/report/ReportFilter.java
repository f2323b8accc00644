package br.com.atende.report;

import static br.com.atende.common.Text.blankToNull;

import br.com.atende.lead.Outcome;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The filters of every report (seed 000 "Filtros"): period (São Paulo days), store, campaign, agent, outcome. */
public record ReportFilter(LocalDate from, LocalDate to, String store, String campaign, String agent, String outcome) {

  private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static ReportFilter of(String from, String to, String store, String campaign, String agent, String outcome) {
    LocalDate start = day(from, "início");
    LocalDate end = day(to, "fim");
    if (start != null && end != null && end.isBefore(start)) {
      throw UserFacingException.badRequest("O fim do período não pode ser anterior ao início.");
    }
    String chosenOutcome = blankToNull(outcome);
    if (chosenOutcome != null) {
      try {
        Outcome.valueOf(chosenOutcome);
      } catch (IllegalArgumentException e) {
        throw UserFacingException.badRequest("Resultado inválido: " + chosenOutcome + ".");
      }
    }
    return new ReportFilter(start, end, blankToNull(store), blankToNull(campaign), blankToNull(agent), chosenOutcome);
  }

  public ReportFilter withAgent(String forcedAgent) {
    return new ReportFilter(from, to, store, campaign, forcedAgent, outcome);
  }

  /** Start of the first day, as our DATETIME columns hold it (UTC wall time). */
  LocalDateTime fromColumn() {
    return from == null ? null : BusinessTime.toUtcColumn(from.atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  /** Start of the day after the last one, as our DATETIME columns hold it. */
  LocalDateTime toColumn() {
    return to == null ? null : BusinessTime.toUtcColumn(to.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
  }

  /** "Período: 01/11/2026 a 30/11/2026 · Campanha: X · ..." for the top of an export. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    parts.add("Período: " + (from == null ? "início" : BR_DATE.format(from)) + " a "
        + (to == null ? "hoje" : BR_DATE.format(to)));
    parts.add("Loja: " + (store == null ? "todas" : store));
    parts.add("Campanha: " + (campaign == null ? "todas" : campaign));
    parts.add("Consultor: " + (agent == null ? "todos" : agent));
    parts.add("Resultado: " + (outcome == null ? "todos" : Outcome.valueOf(outcome).label()));
    return String.join(" · ", parts);
  }

  private static LocalDate day(String value, String which) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest("Data de " + which + " inválida: " + value + ". Use aaaa-mm-dd.");
    }
  }
}
