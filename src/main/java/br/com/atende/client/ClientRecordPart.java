package br.com.atende.client;

import java.util.List;

/**
 * What a feature adds to a client's record, declared beside the feature so the registry knows none
 * of them: its lines of the timeline and its alerts ("boletos em aberto"). Every Spring bean
 * implementing it is asked when a record is shown.
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
}
