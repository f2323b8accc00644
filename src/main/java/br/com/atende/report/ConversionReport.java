package br.com.atende.report;

import br.com.atende.common.SheetWriter;
import br.com.atende.common.BusinessTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seed 000 "Conversão acionamentos x vendas": attempts, contacts (the client was reached: not "não
 * atendido" and not "inconsistente"), sales (contracted) and the conversion rate (sales per
 * attempt), per campaign, store and agent, and day by day (São Paulo days).
 */
@Component
public class ConversionReport {

  static final List<String> EXPORT_COLUMNS = List.of("Campanha", "Loja", "Consultor", "Acionamentos", "Contatos",
      "Vendas", "Conversão (%)");

  private static final String CONTACT = "a.outcome NOT IN ('NO_ANSWER', 'INCONSISTENT')";

  private final NamedParameterJdbcTemplate jdbc;

  public ConversionReport(JdbcTemplate jdbcTemplate) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
  }

  public record Row(String campaignCode, String campaignName, String store, String agent, long attempts,
      long contacts, long sales, double conversion) {}

  public record Day(LocalDate day, long attempts, long contacts, long sales, double conversion) {}

  List<Row> byAgent(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT l.campaign_code, c.name AS campaign_name, a.store_code, a.agent, COUNT(*) AS attempts,
          SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS contacts,
          SUM(CASE WHEN a.outcome = 'CONTRACTED' THEN 1 ELSE 0 END) AS sales
        FROM lead_attempts a JOIN leads l ON l.id = a.lead_id JOIN campaigns c ON c.code = l.campaign_code
        %2$s
        GROUP BY l.campaign_code, c.name, a.store_code, a.agent
        ORDER BY l.campaign_code, a.store_code, a.agent"""
        .formatted(CONTACT, AttemptFilter.where(filter, scope, params));
    return jdbc.query(sql, params, (rs, i) -> {
      long attempts = rs.getLong("attempts");
      long sales = rs.getLong("sales");
      return new Row(rs.getString("campaign_code"), rs.getString("campaign_name"), rs.getString("store_code"),
          rs.getString("agent"), attempts, rs.getLong("contacts"), sales, rate(sales, attempts));
    });
  }

  /** Day by day in São Paulo time; grouped here, not in SQL, so no database needs to know the zone. */
  List<Day> byDay(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT a.finished_at, a.outcome FROM lead_attempts a JOIN leads l ON l.id = a.lead_id %s"""
        .formatted(AttemptFilter.where(filter, scope, params));
    Map<LocalDate, long[]> days = new TreeMap<>();
    jdbc.query(sql, params, rs -> {
      LocalDate day = BusinessTime.toLocal(rs.getObject("finished_at", LocalDateTime.class).toInstant(ZoneOffset.UTC))
          .toLocalDate();
      String outcome = rs.getString("outcome");
      long[] counts = days.computeIfAbsent(day, d -> new long[3]);
      counts[0]++;
      if (!"NO_ANSWER".equals(outcome) && !"INCONSISTENT".equals(outcome)) {
        counts[1]++;
      }
      if ("CONTRACTED".equals(outcome)) {
        counts[2]++;
      }
    });
    List<Day> series = new ArrayList<>();
    days.forEach((day, c) -> series.add(new Day(day, c[0], c[1], c[2], rate(c[2], c[0]))));
    return series;
  }

  void export(ReportFilter filter, ReportScope scope, SheetWriter sheet) {
    sheet.header(EXPORT_COLUMNS);
    for (Row row : byAgent(filter, scope)) {
      sheet.row(row.campaignName(), row.store(), row.agent(), row.attempts(), row.contacts(), row.sales(),
          row.conversion());
    }
  }

  /** Sales per attempt, in percent with one decimal. */
  private static double rate(long sales, long attempts) {
    return attempts == 0 ? 0 : Math.round(sales * 1000.0 / attempts) / 10.0;
  }
}
