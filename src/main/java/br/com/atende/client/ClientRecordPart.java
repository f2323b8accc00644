package br.com.atende.client;

import br.com.atende.security.AtendeUser;
import java.util.List;
import java.util.Map;

/**
 * What a feature adds to a client's record, declared beside the feature so the registry knows none
 * of them: its lines of the timeline, its alerts ("boletos em aberto"), its own fields of the record
 * (the dealer's fleet and events) and whom it lets see the record. Every Spring bean implementing it
 * is asked when a record is shown.
 */
public interface ClientRecordPart {

  /** This feature's timeline lines for the client, in any order (the registry sorts them, newest first). */
  default List<TimelineEntry> timeline(Client client) {
    return List.of();
  }

  /** pt-BR alerts the client page, the inbound task and the sale show. */
  default List<String> alerts(Client client) {
    return List.of();
  }

  /** Fields this feature adds to the record's JSON, by name. */
  default Map<String, Object> fields(Client client) {
    return Map.of();
  }

  /** Whether this feature lets a user who is neither a manager nor in the client teams see the record. */
  default boolean letsSee(AtendeUser user, Client client) {
    return false;
  }
}
