package br.com.atende.proposal;

import br.com.atende.campaign.AuditType;
import br.com.atende.common.Labelled;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.common.Phones;
import br.com.atende.common.SheetWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Seed 003's proposal search (code, audit type, sale period, client name, CPF/CNPJ, plus situation)
 * and the export of confirmed proposals for the operation's client. An agent finds only what they
 * sold; a supervisor their stores (all, if they have none); auditors, maintenance, BI and admins all.
 */
@Component
public class ProposalSearch {

  public static final int PAGE = 200;
  private static final int EXPORT_FETCH_SIZE = 1000;

  /** The filters, as the page and the API send them; every one is optional. */
  public record Query(String code, String auditType, String from, String to, String name, String cpfCnpj,
      String situation) {}

  public record Row(String code, String soldAt, String clientName, String cpfCnpj, String product, String seller,
      String storeCode, String campaignCode, String auditType, String situation, String situationLabel,
      String processInstanceId) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate streaming;

  public ProposalSearch(JdbcTemplate jdbcTemplate) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
    JdbcTemplate cursor = new JdbcTemplate(jdbcTemplate.getDataSource());
    cursor.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(cursor);
  }

  /** The newest {@value #PAGE} proposals that match, as this user may see them. */
  public List<Row> find(Query query, AtendeUser user) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(query, user, params);
    return jdbc.query("SELECT * FROM proposals p" + where + " ORDER BY p.sold_at DESC, p.id DESC LIMIT " + PAGE,
        params, (rs, i) -> row(rs));
  }

  /** The confirmed export is the audit's, maintenance's and the managers' (seed 003). */
  public static void requireMayExport(AtendeUser user) {
    if (!user.isManager() && !seesAll(user)) {
      throw UserFacingException.forbidden("A exportação de propostas confirmadas é da auditoria, da manutenção e da supervisão.");
    }
  }

  /** Every confirmed proposal that matches, streamed row by row into the sheet. */
  public void exportConfirmed(Query query, AtendeUser user, SheetWriter sheet) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String where = where(query, user, params) + " AND p.situation IN ('CONFIRMED_IN_AUDIT', 'CONFIRMED_IN_MAINTENANCE')";
    sheet.header(List.of("Código da proposta", "Data da venda", "Cliente", "CPF/CNPJ", "E-mail", "Endereço",
        "Telefone", "Produto", "Vendedor", "Loja", "Campanha", "Tipo de auditoria", "Situação", "Confirmada em",
        "Confirmada por"));
    streaming.query("SELECT p.*, c.changed_at AS confirmed_at, c.changed_by AS confirmed_by,"
        + " (SELECT MIN(ph.phone) FROM proposal_phones ph WHERE ph.proposal_id = p.id) AS first_phone"
        + " FROM proposals p LEFT JOIN proposal_changes c"
        + " ON c.id = (SELECT MAX(c2.id) FROM proposal_changes c2 WHERE c2.proposal_id = p.id)"
        + where + " ORDER BY p.sold_at, p.id", params, rs -> {
          sheet.row(rs.getString("code"), utc(rs, "sold_at"), rs.getString("client_name"), rs.getString("cpf_cnpj"),
              rs.getString("email"), rs.getString("address"), Phones.display(rs.getString("first_phone")),
              rs.getString("product"), rs.getString("seller"), rs.getString("store_code"),
              rs.getString("campaign_code"), Labelled.labelOf(AuditType.class, rs.getString("audit_type")),
              Situation.valueOf(rs.getString("situation")).label(), utc(rs, "confirmed_at"),
              rs.getString("confirmed_by"));
        });
  }

  private static String where(Query query, AtendeUser user, MapSqlParameterSource params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    scope(user, conditions, params);
    if (notBlank(query.code())) {
      conditions.add("p.code = :code");
      params.addValue("code", query.code().trim());
    }
    if (notBlank(query.auditType())) {
      conditions.add("p.audit_type = :auditType");
      params.addValue("auditType", query.auditType().trim());
    }
    LocalDate from = date(query.from(), "Data início");
    LocalDate to = date(query.to(), "Data fim");
    if (from != null && to != null && to.isBefore(from)) {
      throw UserFacingException.badRequest("A data fim é anterior à data início.");
    }
    if (from != null) {
      conditions.add("p.sold_at >= :from");
      params.addValue("from", BusinessTime.toUtcColumn(BusinessTime.toInstant(from.atStartOfDay())));
    }
    if (to != null) {
      conditions.add("p.sold_at < :to");
      params.addValue("to", BusinessTime.toUtcColumn(BusinessTime.toInstant(to.plusDays(1).atStartOfDay())));
    }
    if (notBlank(query.name())) {
      conditions.add("LOWER(p.client_name) LIKE :name");
      params.addValue("name", "%" + query.name().trim().toLowerCase(Locale.ROOT).replace("%", "") + "%");
    }
    if (notBlank(query.cpfCnpj())) {
      conditions.add("p.cpf_cnpj = :cpfCnpj");
      params.addValue("cpfCnpj", query.cpfCnpj().replaceAll("\\D", ""));
    }
    if (notBlank(query.situation())) {
      Situation situation = Codes.parse(Situation.class, query.situation());
      if (situation == null) {
        throw UserFacingException.badRequest("Situação inválida: " + query.situation() + ".");
      }
      conditions.add("p.situation = :situation");
      params.addValue("situation", situation.name());
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static void scope(AtendeUser user, List<String> conditions, MapSqlParameterSource params) {
    if (seesAll(user)) {
      return;
    }
    if (user.isManager()) {
      if (!user.overseesAllStores()) {
        conditions.add("p.store_code IN (:stores)");
        params.addValue("stores", user.overseenStores());
      }
      return;
    }
    if (user.isIn(Roles.AGENTS)) {
      // Seed 003: "o usuário somente terá acesso às propostas trabalhadas por ele".
      conditions.add("p.seller = :seller");
      params.addValue("seller", user.id());
      return;
    }
    throw UserFacingException.forbidden("Você não tem acesso às propostas.");
  }

  /** Whether this user may see this proposal (the same scope as the search). */
  public boolean visible(Proposal proposal, AtendeUser user) {
    if (seesAll(user)) {
      return true;
    }
    if (user.isManager()) {
      return user.oversees(proposal.getStoreCode());
    }
    return user.id().equals(proposal.getSeller());
  }

  /** Auditors and maintenance work every seller's proposals. */
  private static boolean seesAll(AtendeUser user) {
    return user.isIn(Roles.AUDITORS) || user.isIn(Roles.MAINTENANCE);
  }

  private static Row row(ResultSet rs) throws SQLException {
    Situation situation = Situation.valueOf(rs.getString("situation"));
    return new Row(rs.getString("code"),
        BusinessTime.formatLocalMinutes(utc(rs, "sold_at").toInstant(ZoneOffset.UTC)), rs.getString("client_name"),
        rs.getString("cpf_cnpj"), rs.getString("product"), rs.getString("seller"), rs.getString("store_code"),
        rs.getString("campaign_code"), Labelled.labelOf(AuditType.class, rs.getString("audit_type")), situation.name(),
        situation.label(), rs.getString("process_instance_id"));
  }

  /** Our columns hold UTC instants (BusinessTime.toUtcColumn). */
  private static LocalDateTime utc(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }

  private static LocalDate date(String text, String field) {
    if (!notBlank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest(field + " inválida: " + text + " (use AAAA-MM-DD).");
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
