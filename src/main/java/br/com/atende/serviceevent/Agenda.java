package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.engine.OpenTasks;
import br.com.atende.engine.OpenTasks.OpenTask;
import br.com.atende.security.AtendeUser;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.serviceevent.leadzap.LeadZapDispatchRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the dealer agenda's pages read: the open events, one event, the event types and loss reasons. */
@Service
public class Agenda {

  private final ServiceEventService service;
  private final ServiceEventRepository events;
  private final EventTypeRepository eventTypes;
  private final LossReasonRepository lossReasons;
  private final ClientRepository clients;
  private final LeadZapDispatchRepository dispatches;
  private final OpenTasks openTasks;
  private final EventAccess access;
  private final ComplaintReasonRepository complaintReasons;
  private final VehicleRepository vehicles;

  public Agenda(ServiceEventService service, ServiceEventRepository events, EventTypeRepository eventTypes,
      LossReasonRepository lossReasons, ClientRepository clients, LeadZapDispatchRepository dispatches,
      OpenTasks openTasks, EventAccess access, ComplaintReasonRepository complaintReasons, VehicleRepository vehicles) {
    this.complaintReasons = complaintReasons;
    this.vehicles = vehicles;
    this.service = service;
    this.events = events;
    this.eventTypes = eventTypes;
    this.lossReasons = lossReasons;
    this.clients = clients;
    this.dispatches = dispatches;
    this.openTasks = openTasks;
    this.access = access;
  }

  public record EventTypeView(String code, String name, String group, boolean premium, String department,
      List<String> lossReasons, String fixedResponsible, String team, boolean active) {}

  public record LossReasonView(String code, String name, String department, boolean active) {}

  public record ComplaintReasonView(String code, String name, String eventTypeCode, String fixedResponsible,
      String team, boolean active) {}

  public record VehicleView(Long id, String plate, String model, Integer year, String description) {}

  @Transactional(readOnly = true)
  public List<EventTypeView> eventTypes() {
    return eventTypes.findAll(Sort.by("code")).stream().map(type -> new EventTypeView(type.getCode(), type.getName(),
        type.getGroup(), type.isPremium(), type.getDepartment(), type.getLossReasons().stream().sorted().toList(),
        type.getFixedResponsible(), type.getTeam(), type.isActive())).toList();
  }

  public List<LossReasonView> lossReasons() {
    return lossReasons.findAll(Sort.by("code")).stream()
        .map(reason -> new LossReasonView(reason.getCode(), reason.getName(), reason.getDepartment(), reason.isActive()))
        .toList();
  }

  /** Every complaint reason, active or not, as the registers page edits them. */
  @Transactional(readOnly = true)
  public List<ComplaintReasonView> complaintReasons(AtendeUser user) {
    user.requireManager(ServiceEventService.REGISTERS_REFUSAL);
    return complaintReasons.findAll(Sort.by("code")).stream().map(reason -> new ComplaintReasonView(reason.getCode(),
        reason.getName(), reason.getEventTypeCode(), reason.getFixedResponsible(), reason.getTeam(), reason.isActive()))
        .toList();
  }

  public List<VehicleView> fleet(Long clientId, AtendeUser user) {
    return service.fleet(clientId, user).stream().map(Agenda::view).toList();
  }

  static VehicleView view(Vehicle vehicle) {
    return new VehicleView(vehicle.getId(), vehicle.getPlate(), vehicle.getModel(), vehicle.getYear(),
        vehicle.describe());
  }

  /** One line of the agenda: the event, its client, where it waits and its LeadZap dots. */
  public record AgendaRow(String code, String type, String group, boolean premium, Long clientId, String clientName,
      String phone, boolean noWhatsapp, boolean wantsNewCar, String status, String statusLabel, String dueOn,
      String appointmentAt, String responsible, String taskId, String taskName, List<Map<String, Object>> dispatches) {}

  /** The open events and the missed appointments still waiting to be rescheduled. */
  static final List<EventStatus> ON_AGENDA = List.of(EventStatus.PENDING, EventStatus.SCHEDULED, EventStatus.CONFIRMED,
      EventStatus.NO_SHOW);

  /**
   * The dealer agenda: open events (Pendente, Agendado, Confirmado) and missed ones to reschedule
   * (Não compareceu), an agent's own, every one for supervisors; oldest first, as they are to be called.
   */
  @Transactional(readOnly = true)
  public List<AgendaRow> open(AtendeUser user) {
    List<ServiceEvent> open = user.isManager() ? events.findByStatusInOrderById(ON_AGENDA)
        : events.findByResponsibleAndStatusInOrderById(user.id(), ON_AGENDA);
    if (open.isEmpty()) {
      return List.of();
    }
    // One query each for the types, clients, dispatches and tasks of the whole agenda.
    Map<String, EventType> types = byKey(eventTypes.findAllById(open.stream().map(ServiceEvent::getTypeCode)
        .collect(Collectors.toSet())), EventType::getCode);
    Map<Long, Client> owners = byKey(clients.findAllById(open.stream().map(ServiceEvent::getClientId)
        .collect(Collectors.toSet())), Client::getId);
    Set<String> noWhatsapp = service.noWhatsappPhones(owners.values());
    Map<Long, List<LeadZapDispatch>> sent = dispatches.findByEventIdInOrderById(open.stream().map(ServiceEvent::getId)
        .toList()).stream().collect(Collectors.groupingBy(LeadZapDispatch::getEventId));
    List<String> instances = open.stream().map(ServiceEvent::getProcessInstanceId).filter(Objects::nonNull).toList();
    Map<String, OpenTask> tasks = openTasks.byInstance(instances);
    return open.stream().map(event -> {
      EventType type = types.get(event.getTypeCode());
      Client client = owners.get(event.getClientId());
      OpenTask task = tasks.get(event.getProcessInstanceId());
      return new AgendaRow(event.getCode(), type.getName(), type.getGroup(), type.isPremium(), client.getId(),
          client.getName(), Phones.display(client.getPhone()), noWhatsapp.contains(client.getPhone()), client.isWantsNewCar(),
          event.getStatus().name(), event.getStatus().label(),
          event.getDueOn() == null ? null : event.getDueOn().toString(),
          BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getResponsible(),
          task == null ? null : task.id(), task == null ? null : task.name(),
          service.board(sent.getOrDefault(event.getId(), List.of())));
    }).toList();
  }

  private static <K, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
    return values.stream().collect(Collectors.toMap(key, Function.identity(), (first, other) -> first));
  }

  /** One event, as the Ficha page shows it: with its type's name, its vehicle and its open task, if any. */
  public record EventView(String code, String typeCode, String type, boolean premium, Long clientId, Long vehicleId,
      String vehicle, String status, String statusLabel, String responsible, String technician, String appointmentAt,
      String lossReason, String observation, String processInstanceId, String taskId, String taskName,
      List<Map<String, Object>> dispatches) {}

  /** One event, for whoever may see it. */
  @Transactional(readOnly = true)
  public EventView event(String code, AtendeUser user) {
    ServiceEvent event = service.event(code);
    access.requireSee(user, event);
    EventType type = eventTypes.findById(event.getTypeCode()).orElseThrow();
    String vehicle = event.getVehicleId() == null ? null
        : vehicles.findById(event.getVehicleId()).map(Vehicle::describe).orElse(null);
    OpenTask task = event.getProcessInstanceId() == null ? null
        : openTasks.byInstance(List.of(event.getProcessInstanceId())).get(event.getProcessInstanceId());
    return new EventView(event.getCode(), event.getTypeCode(), type.getName(), type.isPremium(), event.getClientId(),
        event.getVehicleId(), vehicle, event.getStatus().name(), event.getStatus().label(), event.getResponsible(),
        event.getTechnician(), BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getLossReason(),
        event.getObservation(), event.getProcessInstanceId(), task == null ? null : task.id(),
        task == null ? null : task.name(), service.board(event.getId()));
  }
}
