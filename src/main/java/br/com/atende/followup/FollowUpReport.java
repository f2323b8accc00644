package br.com.atende.followup;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.SheetWriter;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 13 item 8: the follow-ups opened in a period (São Paulo days) per owner and type, and what
 * became of them: still open, concluded, sold, expired, and the conversion (sold / opened). One that
 * waited for a supervisor counts as opened only once approved; the others are "não validados".
 */
@Component
public class FollowUpReport {

  static final List<String> COLUMNS = List.of("Responsável", "Tipo", "Abertos", "Em aberto", "Concluídos", "Vendidos",
      "Expirados", "Conversão (%)", "Não validados");
  private static final DateTimeFormatter BR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String COUNTED = "(f.needs_validation = FALSE OR f.validated_by IS NOT NULL)";

  private final NamedParameterJdbcTemplate jdbc;

  public FollowUpReport(JdbcTemplate jdbcTemplate) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
  }

  /** The period and filters asked, as the user may run them: a team member sees only their own. */
  public record Filter(LocalDate from, LocalDate to, String owner, FollowUpType type) {

    public static Filter of(String from, String to, String owner, String type, AtendeUser user) {
      LocalDate start = day(from, "Início (from)");
      LocalDate end = day(to, "Fim (to)");
      if (start != null && end != null && end.isBefore(start)) {
        throw UserFacingException.badRequest("Fim (to): o fim do período não pode ser anterior ao início.");
      }
      String code = Text.blankToNull(type);
      FollowUpType chosen = Codes.parse(FollowUpType.class, code);
      if (code != null && chosen == null) {
        throw UserFacingException.badRequest("Tipo (type) inválido: " + code + ".");
      }
      String asked = Text.blankToNull(owner);
      if (!user.isManager()) {
        if (!user.worksClients()) {
          throw UserFacingException.forbidden("Você não tem acesso ao relatório de agendamentos.");
        }
        if (asked != null && !asked.equals(user.id())) {
          throw UserFacingException.forbidden("Você só vê os seus próprios números.");
        }
        asked = user.id();
      }
      return new Filter(start, end, asked, chosen);
    }

    public String describe() {
      return "Período: " + (from == null ? "início" : BR_DATE.format(from)) + " a "
          + (to == null ? "hoje" : BR_DATE.format(to)) + " · Responsável: " + (owner == null ? "todos" : owner)
          + " · Tipo: " + (type == null ? "todos" : type.label());
    }

    private static LocalDate day(String value, String field) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw UserFacingException.badRequest(field + ": data inválida " + value + ". Use aaaa-mm-dd.");
      }
    }
  }

  public record Row(String owner, String type, String typeLabel, long opened, long open, long concluded, long sold,
      long expired, double conversion, long notValidated) {}

  public List<Row> rows(Filter filter) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    List<String> where = new ArrayList<>();
    if (filter.from() != null) {
      where.add("f.created_at >= :from");
      params.addValue("from", BusinessTime.toUtcColumn(filter.from().atStartOfDay(BusinessTime.ZONE).toInstant()));
    }
    if (filter.to() != null) {
      where.add("f.created_at < :to");
      params.addValue("to", BusinessTime.toUtcColumn(filter.to().plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant()));
    }
    if (filter.owner() != null) {
      where.add("f.owner = :owner");
      params.addValue("owner", filter.owner());
    }
    if (filter.type() != null) {
      where.add("f.type = :type");
      params.addValue("type", filter.type().name());
    }
    String sql = """
        SELECT f.owner, f.type,
          SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS opened,
          SUM(CASE WHEN %1$s AND f.status = 'OPEN' THEN 1 ELSE 0 END) AS still_open,
          SUM(CASE WHEN %1$s AND f.status = 'CONCLUDED' THEN 1 ELSE 0 END) AS concluded,
          SUM(CASE WHEN %1$s AND f.status = 'SOLD' THEN 1 ELSE 0 END) AS sold,
          SUM(CASE WHEN %1$s AND f.status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,
          SUM(CASE WHEN %1$s THEN 0 ELSE 1 END) AS not_validated
        FROM follow_ups f %2$s
        GROUP BY f.owner, f.type ORDER BY f.owner, f.type"""
        .formatted(COUNTED, where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where));
    return jdbc.query(sql, params, (rs, i) -> {
      FollowUpType type = FollowUpType.valueOf(rs.getString("type"));
      long opened = rs.getLong("opened");
      long sold = rs.getLong("sold");
      return new Row(rs.getString("owner"), type.name(), type.label(), opened, rs.getLong("still_open"),
          rs.getLong("concluded"), sold, rs.getLong("expired"),
          opened == 0 ? 0 : Math.round(sold * 1000.0 / opened) / 10.0, rs.getLong("not_validated"));
    });
  }

  public void export(Filter filter, SheetWriter sheet) {
    sheet.header(COLUMNS);
    for (Row row : rows(filter)) {
      sheet.row(row.owner(), row.typeLabel(), row.opened(), row.open(), row.concluded(), row.sold(), row.expired(),
          row.conversion(), row.notValidated());
    }
  }
}
