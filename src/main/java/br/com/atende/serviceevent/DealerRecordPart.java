package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.TimelineEntry;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.security.AtendeUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The dealer's part of a client's record (seed 004 "Ações com o Cliente"): the fleet, every event
 * grouped as the seed says (Vendas, Pós Vendas, Reclamações), and the events on the timeline. The
 * agent who answers for one of the client's events may see the record.
 */
@Component
class DealerRecordPart implements ClientRecordPart {

  public record RelatedEvent(String code, String type, String status, String appointmentAt, String responsible) {}

  private final VehicleRepository vehicles;
  private final ServiceEventRepository events;
  private final EventTypeRepository eventTypes;
  private final EventAccess access;

  DealerRecordPart(VehicleRepository vehicles, ServiceEventRepository events, EventTypeRepository eventTypes,
      EventAccess access) {
    this.vehicles = vehicles;
    this.events = events;
    this.eventTypes = eventTypes;
    this.access = access;
  }

  @Override
  public Map<String, Object> fields(Client client) {
    Map<String, List<RelatedEvent>> related = new LinkedHashMap<>();
    for (String group : List.of("Vendas", "Pós Vendas", "Reclamações")) {
      related.put(group, new ArrayList<>());
    }
    long complaints = 0;
    List<ServiceEvent> clientEvents = events.findByClientIdOrderByIdDesc(client.getId());
    Map<String, EventType> types = typesOf(clientEvents);
    for (ServiceEvent event : clientEvents) {
      EventType type = types.get(event.getTypeCode());
      String group = event.getComplaintReason() != null ? "Reclamações"
          : type.getGroup().contains("Pós Vendas") ? "Pós Vendas" : "Vendas";
      complaints += event.getComplaintReason() != null ? 1 : 0;
      related.get(group).add(new RelatedEvent(event.getCode(), type.getName(), event.getStatus().label(),
          BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getResponsible()));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("fleet", vehicles.findByClientIdOrderById(client.getId()).stream().map(Vehicle::describe).toList());
    fields.put("related", related);
    fields.put("complaints", complaints);
    return fields;
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    List<ServiceEvent> clientEvents = events.findByClientIdOrderByIdDesc(client.getId());
    Map<String, EventType> types = typesOf(clientEvents);
    return clientEvents.stream()
        .map(event -> new TimelineEntry(event.getCreatedAt(), "EVENT",
            "Evento " + (types.containsKey(event.getTypeCode()) ? types.get(event.getTypeCode()).getName()
                : event.getTypeCode()),
            event.getStatus().label() + (event.getAppointmentAt() == null ? ""
                : " · agendado para " + BusinessTime.formatBrazilian(event.getAppointmentAt())),
            event.getResponsible(), event.getCode(), null))
        .toList();
  }

  /** The types of these events in one query, not one per event. */
  private Map<String, EventType> typesOf(List<ServiceEvent> clientEvents) {
    return eventTypes.findAllById(clientEvents.stream().map(ServiceEvent::getTypeCode).distinct().toList()).stream()
        .collect(Collectors.toMap(EventType::getCode, Function.identity()));
  }

  @Override
  public boolean letsSee(AtendeUser user, Client client) {
    return access.mayWorkClient(user, client.getId());
  }
}
