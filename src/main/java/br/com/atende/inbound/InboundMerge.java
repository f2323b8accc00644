package br.com.atende.inbound;

import br.com.atende.client.ClientMerge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A merged duplicate's contacts and inactivations go with it to the record kept. */
@Component
class InboundMerge implements ClientMerge {

  private final JdbcTemplate jdbc;

  InboundMerge(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void merge(long from, long into) {
    jdbc.update("UPDATE inbound_contacts SET client_id = ? WHERE client_id = ?", into, from);
    jdbc.update("UPDATE client_inactivations SET client_id = ? WHERE client_id = ?", into, from);
  }
}
