package br.com.atende.duplicate;

import br.com.atende.client.ClientMerge;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows that carry nothing of the client but its id move as they are: the dealer's fleet and
 * events, the "movimentações", the sales and the quotes. A feature whose rows need more than that
 * (a unique key per client, a process to tell) implements {@link ClientMerge} itself, as the
 * boletos do.
 */
@Component
class ClientIdMerge implements ClientMerge {

  static final List<String> TABLES = List.of("vehicles", "service_events", "interactions", "sales", "quotes");

  private final JdbcTemplate jdbc;

  ClientIdMerge(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void merge(long from, long into) {
    for (String table : TABLES) {
      jdbc.update("UPDATE " + table + " SET client_id = ? WHERE client_id = ?", into, from);
    }
  }
}
