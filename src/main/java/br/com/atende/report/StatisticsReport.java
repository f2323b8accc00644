package br.com.atende.report;

import br.com.atende.leadattendance.LeadAttendanceProcess;
import br.com.atende.lead.Outcome;
import br.com.atende.common.BusinessTime;
import java.time.Duration;
import java.time.Instant;
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
 * Seed 001 "Estatísticas Tele Operação": attempts per agent per day, how outcomes and reasons are
 * distributed, callbacks kept or missed, and the average attempts per lead worked.
 *
 * <p>A callback is kept when the lead's next attempt is its CallBack task (whenever it was moved
 * to); missed when another attempt came first, or when its time passed by more than an hour with
 * nothing done; otherwise it is still pending. Handed over counts the CallBack tasks offered to
 * their store's agents because their owner was away or nobody did them in time (issue 15), in the
 * period they were offered, by the store they belong to and the agent who had booked them.
 */
@Component
public class StatisticsReport {

  static final Duration GRACE = Duration.ofHours(1);

  private final NamedParameterJdbcTemplate jdbc;

  public StatisticsReport(JdbcTemplate jdbcTemplate) {
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
  }

  public record AgentDay(String agent, LocalDate day, long attempts) {}

  public record Count(String outcome, String reason, String reasonLabel, long attempts) {

    Count(String outcome, String reason, long attempts) {
      this(outcome, reason, reason == null ? null : Outcome.valueOf(outcome).reasons().get(reason), attempts);
    }
  }

  public record Callbacks(long kept, long missed, long pending, long handedOver) {}

  public record Statistics(List<AgentDay> attemptsPerAgentPerDay, List<Count> outcomes, List<Count> reasons,
      Callbacks callbacks, double averageAttemptsPerLead) {}

  Statistics of(ReportFilter filter, ReportScope scope) {
    return new Statistics(perAgentPerDay(filter, scope), outcomes(filter, scope, false), outcomes(filter, scope, true),
        callbacks(filter, scope), averageAttempts(filter, scope));
  }

  private List<AgentDay> perAgentPerDay(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    Map<String, Map<LocalDate, long[]>> counts = new TreeMap<>();
    jdbc.query("SELECT a.agent, a.finished_at FROM lead_attempts a JOIN leads l ON l.id = a.lead_id "
        + AttemptFilter.where(filter, scope, params), params, rs -> {
          counts.computeIfAbsent(rs.getString("agent"), agent -> new TreeMap<>())
              .computeIfAbsent(saoPauloDay(rs.getObject("finished_at", LocalDateTime.class)), day -> new long[1])[0]++;
        });
    List<AgentDay> rows = new ArrayList<>();
    counts.forEach((agent, days) -> days.forEach((day, n) -> rows.add(new AgentDay(agent, day, n[0]))));
    return rows;
  }

  private List<Count> outcomes(ReportFilter filter, ReportScope scope, boolean withReason) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String group = withReason ? "a.outcome, a.reason" : "a.outcome";
    String where = withReason ? AttemptFilter.where(filter, scope, params, "a.reason IS NOT NULL")
        : AttemptFilter.where(filter, scope, params);
    String sql = "SELECT " + group + ", COUNT(*) AS attempts FROM lead_attempts a JOIN leads l ON l.id = a.lead_id "
        + where + " GROUP BY " + group + " ORDER BY attempts DESC, " + group;
    return jdbc.query(sql, params, (rs, i) -> new Count(rs.getString("outcome"),
        withReason ? rs.getString("reason") : null, rs.getLong("attempts")));
  }

  private Callbacks callbacks(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    String sql = """
        SELECT l.status, l.callback_at AS booked, n.task AS next_task
        FROM lead_attempts a JOIN leads l ON l.id = a.lead_id
        LEFT JOIN lead_attempts n ON n.lead_id = a.lead_id AND n.attempt_no = a.attempt_no + 1
        %s""".formatted(AttemptFilter.where(filter, scope, params, "a.callback_at IS NOT NULL"));
    Instant now = BusinessTime.now();
    long[] kept = {0};
    long[] missed = {0};
    long[] pending = {0};
    jdbc.query(sql, params, rs -> {
      String next = rs.getString("next_task");
      LocalDateTime booked = rs.getObject("booked", LocalDateTime.class);
      if (LeadAttendanceProcess.UserTask.CallBack.id().equals(next)) {
        kept[0]++;
      } else if (next != null) {
        missed[0]++;
      } else if ("SCHEDULED".equals(rs.getString("status")) && booked != null
          && booked.toInstant(ZoneOffset.UTC).plus(GRACE).isAfter(now)) {
        pending[0]++;
      } else {
        missed[0]++;
      }
    });
    return new Callbacks(kept[0], missed[0], pending[0], handedOver(filter, scope));
  }

  private long handedOver(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    List<String> conditions = new ArrayList<>(List.of("1 = 1"));
    if (filter.campaign() != null) {
      conditions.add("l.campaign_code = :campaign");
      params.addValue("campaign", filter.campaign());
    }
    if (filter.store() != null) {
      conditions.add("h.store_code = :store");
      params.addValue("store", filter.store());
    }
    if (scope.stores() != null) {
      conditions.add("h.store_code IN (:scopeStores)");
      params.addValue("scopeStores", scope.stores().isEmpty() ? List.of("") : scope.stores());
    }
    if (filter.from() != null) {
      conditions.add("h.handed_at >= :from");
      params.addValue("from", filter.fromColumn());
    }
    if (filter.to() != null) {
      conditions.add("h.handed_at < :to");
      params.addValue("to", filter.toColumn());
    }
    if (filter.agent() != null) {
      conditions.add("h.from_agent = :agent");
      params.addValue("agent", filter.agent());
    }
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM callback_handovers h JOIN leads l ON l.id = h.lead_id WHERE "
        + String.join(" AND ", conditions), params, Long.class);
    return count == null ? 0 : count;
  }

  private double averageAttempts(ReportFilter filter, ReportScope scope) {
    MapSqlParameterSource params = new MapSqlParameterSource();
    Map<String, Object> totals = jdbc.queryForMap("SELECT COUNT(*) AS attempts, COUNT(DISTINCT a.lead_id) AS leads"
        + " FROM lead_attempts a JOIN leads l ON l.id = a.lead_id " + AttemptFilter.where(filter, scope, params),
        params);
    long leads = ((Number) totals.get("leads")).longValue();
    long attempts = ((Number) totals.get("attempts")).longValue();
    return leads == 0 ? 0 : Math.round(attempts * 100.0 / leads) / 100.0;
  }

  private static LocalDate saoPauloDay(LocalDateTime utc) {
    return BusinessTime.toLocal(utc.toInstant(ZoneOffset.UTC)).toLocalDate();
  }
}
