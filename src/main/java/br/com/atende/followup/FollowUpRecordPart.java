package br.com.atende.followup;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.TimelineEntry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The client's timeline lines of its follow-ups: opened, validated, renewed, reassigned, concluded, sold, expired. */
@Component
public class FollowUpRecordPart implements ClientRecordPart {

  static final String KIND = "FOLLOW_UP";

  private final FollowUpRepository followUps;
  private final FollowUpEventRepository events;

  public FollowUpRecordPart(FollowUpRepository followUps, FollowUpEventRepository events) {
    this.followUps = followUps;
    this.events = events;
  }

  /** The live ones with their deadlines, for the record's "Agendamentos em aberto". */
  @Override
  @Transactional(readOnly = true)
  public Map<String, Object> fields(Client client) {
    return Map.of("openFollowUps", followUps.findByClientIdAndStatusInOrderByDueOn(client.getId(), FollowUpService.LIVE)
        .stream().map(FollowUpView::of).toList());
  }

  @Override
  @Transactional(readOnly = true)
  public List<TimelineEntry> timeline(Client client) {
    Map<Long, FollowUp> byId = followUps.findByClientIdOrderById(client.getId()).stream()
        .collect(Collectors.toMap(FollowUp::getId, Function.identity()));
    if (byId.isEmpty()) {
      return List.of();
    }
    return events.findByFollowUpIdInOrderById(byId.keySet()).stream().map(event -> {
      FollowUp followUp = byId.get(event.getFollowUpId());
      return new TimelineEntry(event.getHappenedAt(), KIND, event.getKind().title() + ": "
          + followUp.getType().label() + " · " + followUp.getProduct(), event.getDetail(), event.getBy(),
          followUp.getCode(), null);
    }).toList();
  }
}
