package br.com.atende.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The report filters applied to attempts (alias {@code a}, joined to their lead as {@code l}):
 * the period is when the attempt finished, the store where it was made, the outcome its own.
 */
final class AttemptFilter {

  private AttemptFilter() {}

  /** The WHERE clause (or nothing) for the filter and scope, plus any {@code extra} conditions. */
  static String where(ReportFilter filter, ReportScope scope, MapSqlParameterSource params, String... extra) {
    List<String> conditions = new ArrayList<>(List.of(extra));
    if (filter.campaign() != null) {
      conditions.add("l.campaign_code = :campaign");
      params.addValue("campaign", filter.campaign());
    }
    if (filter.store() != null) {
      conditions.add("a.store_code = :store");
      params.addValue("store", filter.store());
    }
    if (scope.stores() != null) {
      conditions.add("a.store_code IN (:scopeStores)");
      params.addValue("scopeStores", scope.stores().isEmpty() ? List.of("") : scope.stores());
    }
    if (filter.from() != null) {
      conditions.add("a.finished_at >= :from");
      params.addValue("from", filter.fromColumn());
    }
    if (filter.to() != null) {
      conditions.add("a.finished_at < :to");
      params.addValue("to", filter.toColumn());
    }
    if (filter.agent() != null) {
      conditions.add("a.agent = :agent");
      params.addValue("agent", filter.agent());
    }
    if (filter.outcome() != null) {
      conditions.add("a.outcome = :outcome");
      params.addValue("outcome", filter.outcome());
    }
    return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
  }
}
