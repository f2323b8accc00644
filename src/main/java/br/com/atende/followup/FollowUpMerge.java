package br.com.atende.followup;

import br.com.atende.client.ClientMerge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A merged duplicate's follow-ups go with it to the record kept; their processes name them by code, not client. */
@Component
class FollowUpMerge implements ClientMerge {

  private final JdbcTemplate jdbc;

  FollowUpMerge(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void merge(long from, long into) {
    jdbc.update("UPDATE follow_ups SET client_id = ? WHERE client_id = ?", into, from);
  }
}
