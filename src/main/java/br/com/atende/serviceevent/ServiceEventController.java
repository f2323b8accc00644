package br.com.atende.serviceevent;

import br.com.atende.engine.OpenTasks;
import br.com.atende.engine.OpenTasks.OpenTask;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.serviceevent.leadzap.LeadZapDispatchRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.common.Phones;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dealer's admin API (DESIGN contract) and an event's arrival and WhatsApp resend. */
@RestController
@RequestMapping("/api")
public class ServiceEventController {

  /** The dealer\'s registers are kept by managers. */
  static final String REGISTERS_REFUSAL = "Só supervisores, BI e administradores mantêm os cadastros da agenda.";

  private final ServiceEventService service;
  private final ServiceEventRepository events;
  private final EventTypeRepository eventTypes;
  private final LossReasonRepository lossReasons;
  private final ClientRepository clients;
  private final LeadZapDispatchRepository dispatches;
  private final OpenTasks openTasks;
  private final EventAccess access;

  public ServiceEventController(ServiceEventService service, ServiceEventRepository events,
      EventTypeRepository eventTypes, LossReasonRepository lossReasons, ClientRepository clients,
      LeadZapDispatchRepository dispatches, OpenTasks openTasks, EventAccess access) {
    this.access = access;
    this.service = service;
    this.events = events;
    this.eventTypes = eventTypes;
    this.lossReasons = lossReasons;
    this.clients = clients;
    this.dispatches = dispatches;
    this.openTasks = openTasks;
  }

  public record EventTypeView(String code, String name, String group, boolean premium, String department,
      List<String> lossReasons, String fixedResponsible, String team) {}

  @GetMapping("/event-types")
  @Transactional(readOnly = true)
  public List<EventTypeView> eventTypes() {
    return eventTypes.findAll().stream().map(type -> new EventTypeView(type.getCode(), type.getName(), type.getGroup(),
        type.isPremium(), type.getDepartment(), type.getLossReasons().stream().sorted().toList(),
        type.getFixedResponsible(), type.getTeam())).toList();
  }

  @GetMapping("/loss-reasons")
  public List<ServiceEventService.NewLossReason> lossReasons() {
    return lossReasons.findAll().stream()
        .map(reason -> new ServiceEventService.NewLossReason(reason.getCode(), reason.getName(),
            reason.getDepartment()))
        .toList();
  }

  /** One line of the agenda: the event, its client, where it waits and its LeadZap dots. */
  public record AgendaRow(String code, String type, String group, boolean premium, Long clientId, String clientName,
      String phone, boolean noWhatsapp, boolean wantsNewCar, String status, String statusLabel, String dueOn,
      String appointmentAt, String responsible, String taskId, String taskName, List<Map<String, Object>> dispatches) {}

  /**
   * The dealer agenda: open events (Pendente, Agendado, Confirmado), an agent's own, every one for
   * supervisors; oldest first, as they are to be called.
   */
  @GetMapping("/service-events")
  @Transactional(readOnly = true)
  public List<AgendaRow> agenda(Authentication authentication) {
    AtendeUser user = AtendeUser.of(authentication);
    List<ServiceEvent> open = user.isManager() ? events.findByStatusInOrderById(ClientService.OPEN)
        : events.findByResponsibleAndStatusInOrderById(user.id(), ClientService.OPEN);
    if (open.isEmpty()) {
      return List.of();
    }
    // One query each for the types, clients, dispatches and tasks of the whole agenda.
    Map<String, EventType> types = byKey(eventTypes.findAllById(open.stream().map(ServiceEvent::getTypeCode)
        .collect(Collectors.toSet())), EventType::getCode);
    Map<Long, Client> owners = byKey(clients.findAllById(open.stream().map(ServiceEvent::getClientId)
        .collect(Collectors.toSet())), Client::getId);
    Map<Long, List<LeadZapDispatch>> sent = dispatches.findByEventIdInOrderById(open.stream().map(ServiceEvent::getId)
        .toList()).stream().collect(Collectors.groupingBy(LeadZapDispatch::getEventId));
    List<String> instances = open.stream().map(ServiceEvent::getProcessInstanceId).filter(Objects::nonNull).toList();
    Map<String, OpenTask> tasks = openTasks.byInstance(instances);
    return open.stream().map(event -> {
      EventType type = types.get(event.getTypeCode());
      Client client = owners.get(event.getClientId());
      OpenTask task = tasks.get(event.getProcessInstanceId());
      return new AgendaRow(event.getCode(), type.getName(), type.getGroup(), type.isPremium(), client.getId(),
          client.getName(), Phones.display(client.getPhone()), client.isNoWhatsapp(), client.isWantsNewCar(),
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

  public record Created(Long id) {}

  public record EventCreated(String code, String processInstanceId) {}

  public record EventView(String code, String typeCode, Long clientId, Long vehicleId, String status,
      String statusLabel, String responsible, String technician, String appointmentAt, String lossReason,
      String observation, String processInstanceId, List<Map<String, Object>> dispatches) {}

  @PostMapping("/clients/{id}/vehicles")
  @ResponseStatus(HttpStatus.CREATED)
  public Created addVehicle(@PathVariable Long id, @RequestBody ServiceEventService.NewVehicle request,
      Authentication authentication) {
    AtendeUser.of(authentication).requireManager(REGISTERS_REFUSAL);
    return new Created(service.addVehicle(id, request).getId());
  }

  @PostMapping("/loss-reasons")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createLossReason(@RequestBody ServiceEventService.NewLossReason request,
      Authentication authentication) {
    AtendeUser.of(authentication).requireManager(REGISTERS_REFUSAL);
    return Map.of("code", service.createLossReason(request).getCode());
  }

  @PostMapping("/event-types")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createEventType(@RequestBody ServiceEventService.NewEventType request,
      Authentication authentication) {
    AtendeUser.of(authentication).requireManager(REGISTERS_REFUSAL);
    return Map.of("code", service.createEventType(request).getCode());
  }

  @PostMapping("/service-events")
  @ResponseStatus(HttpStatus.CREATED)
  public EventCreated createEvent(@RequestBody ServiceEventService.NewServiceEvent request,
      Authentication authentication) {
    AtendeUser.of(authentication).requireManager(REGISTERS_REFUSAL);
    ServiceEvent event = service.createEvent(request);
    return new EventCreated(event.getCode(), event.getProcessInstanceId());
  }

  @GetMapping("/service-events/{code}")
  @Transactional(readOnly = true)
  public EventView event(@PathVariable String code, Authentication authentication) {
    ServiceEvent event = service.event(code);
    access.requireSee(AtendeUser.of(authentication), event);
    return new EventView(event.getCode(), event.getTypeCode(), event.getClientId(), event.getVehicleId(),
        event.getStatus().name(), event.getStatus().label(), event.getResponsible(), event.getTechnician(),
        BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getLossReason(), event.getObservation(),
        event.getProcessInstanceId(), service.board(event.getId()));
  }

  /** The client arrived at the dealership for the appointment (message ClientArrived). */
  @PostMapping("/service-events/{code}/arrival")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void arrival(@PathVariable String code, Authentication authentication) {
    service.registerArrival(code, AtendeUser.of(authentication));
  }

  /** Seed 004's WhatsApp icon: LeadZap sends that message again. */
  @PostMapping("/service-events/{code}/dispatches/{kind}/resend")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void resend(@PathVariable String code, @PathVariable String kind, Authentication authentication) {
    LeadZapDispatch.Kind parsed = Codes.parse(LeadZapDispatch.Kind.class, kind);
    if (parsed == null) {
      throw UserFacingException.badRequest("Disparo desconhecido: " + kind + " (SCHEDULED, CONFIRMATION ou NO_SHOW).");
    }
    service.resend(code, parsed, AtendeUser.of(authentication));
  }
}
