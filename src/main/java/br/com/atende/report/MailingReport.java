package br.com.atende.report;

import br.com.atende.common.SheetWriter;
import br.com.atende.common.Labelled;
import br.com.atende.common.Phones;
import br.com.atende.lead.LeadStatus;
import br.com.atende.lead.Outcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seed 000 "Relatório mailing": how a campaign's mailing is being worked, per campaign and store.
 * As the manual says, attendances left in progress and those ended inconsistent appear only in the
 * non-consolidated view, the export; the consolidated view on screen leaves them out.
 */
@Component
public class MailingReport {

  static final List<String> EXPORT_COLUMNS = List.of("Lead", "Cliente", "Telefone", "Campanha", "Loja",
      "Situação do lead", "Importado em", "Tentativa", "Consultor", "Data da tentativa", "Tipo de ação", "Resultado",
      "Motivo", "Observações", "Retorno agendado", "Venda");

  /** Any-store leads not worked yet have no store; they show as this. */
  static final String ANY_STORE = "Qualquer loja";

  private static final String STORE = "COALESCE(l.store_code, l.worked_store_code)";
  private static final int EXPORT_FETCH_SIZE = 1000;

  private final NamedParameterJdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate streaming;

  public MailingReport(JdbcTemplate jdbcTemplate) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
    JdbcTemplate cursor = new JdbcTemplate(jdbcTemplate.getDataSource());
    cursor.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(cursor);
  }

  public record Row(String campaignCode, String campaignName, String store, long imported, long notWorked,
      long queued, long scheduled, long contracted, long refused, long exhausted, long whatsappNoReply, long expired,
      long attempts) {}

  List<Row> consolidated(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT l.campaign_code, c.name AS campaign_name, %1$s AS store, COUNT(*) AS imported,
          SUM(CASE WHEN l.status = 'NEW' THEN 1 ELSE 0 END) AS not_worked,
          SUM(CASE WHEN l.status = 'QUEUED' THEN 1 ELSE 0 END) AS queued,
          SUM(CASE WHEN l.status = 'SCHEDULED' THEN 1 ELSE 0 END) AS scheduled,
          SUM(CASE WHEN l.status = 'CONTRACTED' THEN 1 ELSE 0 END) AS contracted,
          SUM(CASE WHEN l.status = 'REFUSED' THEN 1 ELSE 0 END) AS refused,
          SUM(CASE WHEN l.status = 'EXHAUSTED' THEN 1 ELSE 0 END) AS exhausted,
          SUM(CASE WHEN l.status = 'WHATSAPP_NO_REPLY' THEN 1 ELSE 0 END) AS whatsapp_no_reply,
          SUM(CASE WHEN l.status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,
          SUM(l.attempts) AS attempts
        FROM leads l JOIN campaigns c ON c.code = l.campaign_code
        %2$s
        GROUP BY l.campaign_code, c.name, %1$s
        ORDER BY l.campaign_code, %1$s""".formatted(STORE, where(filter, scope, params));
    return jdbc.query(sql, params, (rs, i) -> new Row(rs.getString("campaign_code"), rs.getString("campaign_name"),
        store(rs), rs.getLong("imported"), rs.getLong("not_worked"), rs.getLong("queued"), rs.getLong("scheduled"),
        rs.getLong("contracted"), rs.getLong("refused"), rs.getLong("exhausted"), rs.getLong("whatsapp_no_reply"),
        rs.getLong("expired"), rs.getLong("attempts")));
  }

  /**
   * One row per attempt, and one per lead never attempted (in progress or not worked), streamed.
   * Status, outcome, reason and action type are written as their pt-BR labels: the sheet is read
   * by supervisors and sent to the client, not by code.
   */
  void export(ReportFilter filter, ReportScope scope, SheetWriter sheet) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT l.id, l.name, l.phone, c.name AS campaign_name, COALESCE(a.store_code, %1$s) AS store, l.status,
          l.created_at, a.attempt_no, a.agent, a.finished_at, COALESCE(t.name, a.action_type) AS action_type,
          a.outcome, a.reason, a.observation, a.callback_at, a.sale_description
        FROM leads l JOIN campaigns c ON c.code = l.campaign_code
        LEFT JOIN lead_attempts a ON a.lead_id = l.id
        LEFT JOIN campaign_action_types t ON t.campaign_code = l.campaign_code AND t.code = a.action_type
        %2$s
        ORDER BY l.id, a.attempt_no""".formatted(STORE, where(filter, scope, params));
    sheet.header(EXPORT_COLUMNS);
    streaming.query(sql, params, rs -> {
      String outcome = rs.getString("outcome");
      sheet.row(rs.getLong("id"), rs.getString("name"), Phones.display(rs.getString("phone")),
          rs.getString("campaign_name"), store(rs), Labelled.labelOf(LeadStatus.class, rs.getString("status")),
          time(rs, "created_at"), (Integer) rs.getObject("attempt_no", Integer.class), rs.getString("agent"),
          time(rs, "finished_at"), rs.getString("action_type"), Labelled.labelOf(Outcome.class, outcome),
          Outcome.reasonLabelOf(outcome, rs.getString("reason")), rs.getString("observation"),
          time(rs, "callback_at"), rs.getString("sale_description"));
    });
  }

  private static String where(ReportFilter filter, ReportScope scope, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    if (filter.campaign() != null) {
      conditions.add("l.campaign_code = :campaign");
      params.addValue("campaign", filter.campaign());
    }
    if (filter.store() != null) {
      conditions.add(STORE + " = :store");
      params.addValue("store", filter.store());
    }
    if (scope.stores() != null) {
      conditions.add("(" + STORE + " IN (:scopeStores) OR (" + STORE + " IS NULL AND EXISTS (SELECT 1 FROM"
          + " campaign_stores cs WHERE cs.campaign_code = l.campaign_code AND cs.store_code IN (:scopeStores))))");
      params.addValue("scopeStores", scope.stores().isEmpty() ? List.of("") : scope.stores());
    }
    if (filter.from() != null) {
      conditions.add("l.created_at >= :from");
      params.addValue("from", filter.fromColumn());
    }
    if (filter.to() != null) {
      conditions.add("l.created_at < :to");
      params.addValue("to", filter.toColumn());
    }
    if (filter.agent() != null) {
      conditions.add("(l.assignee = :agent OR EXISTS (SELECT 1 FROM lead_attempts aa WHERE aa.lead_id = l.id"
          + " AND aa.agent = :agent))");
      params.addValue("agent", filter.agent());
    }
    if (filter.outcome() != null) {
      conditions.add("l.last_outcome = :outcome");
      params.addValue("outcome", filter.outcome());
    }
    return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
  }

  private static String store(ResultSet rs) throws SQLException {
    String store = rs.getString("store");
    return store == null ? ANY_STORE : store;
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }
}
