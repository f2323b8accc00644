package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.serviceevent.leadzap.LeadZapDispatchRepository;
import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import br.com.atende.common.Phones;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dealer's data (clients, fleet, event types, loss reasons) and each event's life outside the forms. */
@Service
public class ServiceEventService {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceEventService.class);

  public record NewVehicle(String plate, String model, Integer year) {}

  public record NewEventType(String code, String name, String group, boolean premium, String department,
      List<String> lossReasons, String fixedResponsible, String team) {}

  /** An event type as edited on the registers page; the code stays, `active` false takes it out of use. */
  public record EventTypeEdit(String name, String group, boolean premium, String department, List<String> lossReasons,
      String fixedResponsible, String team, Boolean active) {}

  public record NewLossReason(String code, String name, String department) {}

  public record LossReasonEdit(String name, String department, Boolean active) {}

  public record NewComplaintReason(String code, String name, String eventTypeCode, String fixedResponsible,
      String team) {}

  public record ComplaintReasonEdit(String name, String eventTypeCode, String fixedResponsible, String team,
      Boolean active) {}

  public record NewServiceEvent(String typeCode, Long clientId, Long vehicle, String responsible, LocalDate dueOn) {}

  private final ClientRegistry clients;
  private final VehicleRepository vehicles;
  private final EventTypeRepository eventTypes;
  private final LossReasonRepository lossReasons;
  private final ServiceEventRepository events;
  private final LeadZapDispatchRepository dispatches;
  private final ComplaintReasonRepository complaintReasons;
  private final RuntimeService runtimeService;
  private final EventAccess access;
  private final IdentityService identityService;

  public ServiceEventService(ClientRegistry clients, VehicleRepository vehicles, EventTypeRepository eventTypes,
      LossReasonRepository lossReasons, ServiceEventRepository events, LeadZapDispatchRepository dispatches,
      ComplaintReasonRepository complaintReasons, RuntimeService runtimeService, EventAccess access,
      IdentityService identityService) {
    this.identityService = identityService;
    this.access = access;
    this.complaintReasons = complaintReasons;
    this.clients = clients;
    this.vehicles = vehicles;
    this.eventTypes = eventTypes;
    this.lossReasons = lossReasons;
    this.events = events;
    this.dispatches = dispatches;
    this.runtimeService = runtimeService;
  }

  static final String REGISTERS_REFUSAL = "Só supervisores, BI e administradores mantêm os cadastros da agenda.";
  /** Brazilian plates: the old ABC1234 and Mercosul's ABC1D23 (a hyphen or space is dropped). */
  private static final Pattern PLATE = Pattern.compile("[A-Z]{3}[0-9][A-Z0-9][0-9]{2}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]+");

  // The registers over /api: managers only, and the responsible and team they name must exist. The
  // demo data calls the methods below them directly.

  @Transactional
  public Vehicle addVehicle(Long clientId, NewVehicle request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return addVehicle(clientId, request);
  }

  /** Seed 004's "Botão Frota ... podendo alterar dados": a vehicle of this client, corrected. */
  @Transactional
  public Vehicle editVehicle(Long clientId, Long vehicleId, NewVehicle request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    Vehicle vehicle = vehicles.findById(vehicleId == null ? -1L : vehicleId)
        .filter(found -> found.getClientId().equals(client(clientId).getId()))
        .orElseThrow(() -> UserFacingException.notFound("Veículo " + vehicleId + " não encontrado neste cliente."));
    NewVehicle checked = checked(request);
    vehicle.edit(checked.plate(), checked.model(), checked.year());
    return vehicle;
  }

  @Transactional(readOnly = true)
  public List<Vehicle> fleet(Long clientId, AtendeUser user) {
    access.requireClientSee(user, client(clientId).getId());
    return vehicles.findByClientIdOrderById(clientId);
  }

  @Transactional
  public LossReason createLossReason(NewLossReason request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createLossReason(request);
  }

  @Transactional
  public LossReason editLossReason(String code, LossReasonEdit edit, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    LossReason reason = lossReasons.findById(code)
        .orElseThrow(() -> UserFacingException.notFound("Motivo de perda " + code + " não encontrado."));
    if (edit == null) {
      throw UserFacingException.badRequest("Informe os dados do motivo de perda.");
    }
    reason.edit(name(edit.name()), department(edit.department()), !Boolean.FALSE.equals(edit.active()));
    return reason;
  }

  @Transactional
  public ComplaintReason createComplaintReason(NewComplaintReason request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    requirePeople(request == null ? null : request.fixedResponsible(), request == null ? null : request.team());
    return createComplaintReason(request);
  }

  @Transactional
  public ComplaintReason editComplaintReason(String code, ComplaintReasonEdit edit, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    ComplaintReason reason = complaintReasons.findById(code)
        .orElseThrow(() -> UserFacingException.notFound("Motivo de reclamação " + code + " não encontrado."));
    if (edit == null) {
      throw UserFacingException.badRequest("Informe os dados do motivo de reclamação.");
    }
    requirePeople(edit.fixedResponsible(), edit.team());
    reason.edit(name(edit.name()), complaintType(edit.eventTypeCode()), person(edit.fixedResponsible(), "Responsável fixo"),
        person(edit.team(), "Time"), !Boolean.FALSE.equals(edit.active()));
    return reason;
  }

  @Transactional
  public EventType createEventType(NewEventType request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    requirePeople(request == null ? null : request.fixedResponsible(), request == null ? null : request.team());
    return createEventType(request);
  }

  @Transactional
  public EventType editEventType(String code, EventTypeEdit edit, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    EventType type = eventTypes.findById(code)
        .orElseThrow(() -> UserFacingException.notFound("Tipo de evento " + code + " não encontrado."));
    if (edit == null) {
      throw UserFacingException.badRequest("Informe os dados do tipo de evento.");
    }
    requirePeople(edit.fixedResponsible(), edit.team());
    type.edit(name(edit.name()), EventGroup.of(edit.group()).label(), edit.premium(), department(edit.department()),
        crossedReasons(edit.lossReasons()), person(edit.fixedResponsible(), "Responsável fixo"), person(edit.team(), "Time"),
        !Boolean.FALSE.equals(edit.active()));
    return type;
  }

  @Transactional
  public ServiceEvent createEvent(NewServiceEvent request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createEvent(request);
  }

  @Transactional
  public Vehicle addVehicle(Long clientId, NewVehicle request) {
    client(clientId);
    NewVehicle checked = checked(request);
    return vehicles.save(new Vehicle(clientId, checked.plate(), checked.model(), checked.year()));
  }

  @Transactional
  public LossReason createLossReason(NewLossReason request) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados do motivo de perda.");
    }
    String code = code(request.code());
    if (lossReasons.existsById(code)) {
      throw UserFacingException.conflict("O motivo " + code + " já existe.");
    }
    return lossReasons.save(new LossReason(code, name(request.name()), department(request.department())));
  }

  @Transactional
  public ComplaintReason createComplaintReason(NewComplaintReason request) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados do motivo de reclamação.");
    }
    String code = code(request.code());
    if (complaintReasons.existsById(code)) {
      throw UserFacingException.conflict("O motivo de reclamação " + code + " já existe.");
    }
    return complaintReasons.save(new ComplaintReason(code, name(request.name()), complaintType(request.eventTypeCode()),
        person(request.fixedResponsible(), "Responsável fixo"), person(request.team(), "Time")));
  }

  @Transactional
  public EventType createEventType(NewEventType request) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados do tipo de evento.");
    }
    String code = code(request.code());
    if (eventTypes.existsById(code)) {
      throw UserFacingException.conflict("O tipo de evento " + code + " já existe.");
    }
    return eventTypes.save(new EventType(code, name(request.name()), EventGroup.of(request.group()).label(),
        request.premium(), department(request.department()), crossedReasons(request.lossReasons()),
        person(request.fixedResponsible(), "Responsável fixo"), person(request.team(), "Time")));
  }

  // Each field's check, its message naming the field as the registers page labels it.

  private static String code(String value) {
    String code = Text.requireMaxLength(required(value, "Código: informe o código."), 40, "Código");
    if (!CODE.matcher(code).matches()) {
      throw UserFacingException.badRequest("Código: use só letras sem acento, números, ponto, hífen ou sublinhado.");
    }
    return code;
  }

  private static String name(String value) {
    return Text.requireMaxLength(required(value, "Nome: informe o nome."), 160, "Nome");
  }

  private static String department(String value) {
    return Text.requireMaxLength(required(value, "Departamento: informe o departamento (TODOS, SERVICOS, VENDAS...)."),
        40, "Departamento").toUpperCase(Locale.ROOT);
  }

  private static String person(String value, String field) {
    return Text.requireMaxLength(blankToNull(value), 64, field);
  }

  private String complaintType(String value) {
    String code = blankToNull(value);
    if (code == null || !eventTypes.existsById(code)) {
      throw UserFacingException.badRequest("Tipo de evento: informe o tipo de evento da reclamação.");
    }
    return code;
  }

  private Set<String> crossedReasons(List<String> codes) {
    Set<String> reasons = new LinkedHashSet<>();
    for (String reason : codes == null ? List.<String>of() : codes) {
      if (reason == null || !lossReasons.existsById(reason)) {
        throw UserFacingException.badRequest("Motivos de perda: motivo desconhecido: " + reason + ".");
      }
      reasons.add(reason);
    }
    return reasons;
  }

  /** The fixed responsible is a user and the team a group of the identity service, or nobody could answer. */
  private void requirePeople(String fixedResponsible, String team) {
    String person = blankToNull(fixedResponsible);
    if (person != null && identityService.createUserQuery().userId(person).count() == 0) {
      throw UserFacingException.badRequest("Responsável fixo: usuário \"" + person + "\" não encontrado.");
    }
    String group = blankToNull(team);
    if (group != null && identityService.createGroupQuery().groupId(group).count() == 0) {
      throw UserFacingException.badRequest("Time: grupo \"" + group + "\" não encontrado.");
    }
  }

  private static NewVehicle checked(NewVehicle request) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados do veículo.");
    }
    String plate = blankToNull(request.plate());
    if (plate != null) {
      plate = plate.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
      if (!PLATE.matcher(plate).matches()) {
        throw UserFacingException.badRequest("Placa: use o formato ABC1D23 ou ABC-1234.");
      }
    }
    String model = Text.requireMaxLength(required(request.model(), "Modelo: informe o modelo do veículo."), 120, "Modelo");
    Integer year = request.year();
    int latest = BusinessTime.today().getYear() + 1;
    if (year != null && (year < 1950 || year > latest)) {
      throw UserFacingException.badRequest("Ano: informe um ano entre 1950 e " + latest + ".");
    }
    return new NewVehicle(plate, model, year);
  }

  /** The event and its `service-event` instance (business key = its code), assigned as the type says. */
  @Transactional
  public ServiceEvent createEvent(NewServiceEvent request) {
    return createEvent(request, null, null);
  }

  /** A complaint is an event of its reason's type, with the reason and what the client said. */
  @Transactional
  public ServiceEvent createEvent(NewServiceEvent request, String complaintReason, String description) {
    EventType type = eventTypes.findById(required(request.typeCode(), "Informe o tipo do evento."))
        .orElseThrow(() -> UserFacingException.badRequest("Tipo de evento desconhecido: " + request.typeCode() + "."));
    if (!type.isActive()) {
      throw UserFacingException.badRequest("Tipo de evento " + type.getCode() + " está inativo: não abre novos eventos.");
    }
    Client client = client(request.clientId());
    if (request.vehicle() != null) {
      Vehicle vehicle = vehicles.findById(request.vehicle())
          .orElseThrow(() -> UserFacingException.badRequest("Veículo " + request.vehicle() + " não encontrado."));
      if (!vehicle.getClientId().equals(client.getId())) {
        throw UserFacingException.badRequest("O veículo " + request.vehicle() + " não é deste cliente.");
      }
    }
    String given = blankToNull(request.responsible());
    String responsible = given != null ? given : type.getFixedResponsible();
    ServiceEvent event = new ServiceEvent(type.getCode(), client.getId(), request.vehicle(), responsible,
        request.dueOn());
    if (complaintReason != null) {
      event.complaint(complaintReason, description);
    }
    event = events.saveAndFlush(event);
    event.assignCode();
    Map<String, Object> variables = new HashMap<>();
    // For Tasklist's column and the forms' links only: who and what come from the business key and our tables.
    EVENT_CODE.put(variables, event.getCode());
    DISPATCHES.put(variables, List.of());
    event.startedAs(runtimeService.startProcessInstanceByKey(KEY, event.getCode(), variables).getId());
    return event;
  }

  /** The client arrived at the dealership: the appointment happened (message ClientArrived). */
  @Transactional
  public void registerArrival(String code, AtendeUser user) {
    ServiceEvent event = event(code);
    access.requireWork(user, event);
    if (event.getStatus() != EventStatus.SCHEDULED && event.getStatus() != EventStatus.CONFIRMED) {
      throw UserFacingException.conflict("O evento " + code + " não tem agendamento em aberto ("
          + event.getStatus().label() + ").");
    }
    runtimeService.createMessageCorrelation(Message.ClientArrived.id()).processInstanceBusinessKey(code).correlate();
  }

  public record Reschedule(String appointmentAt, String technician, String observation) {}

  /**
   * Seed 004's "Remarcar" for an appointment already confirmed, or missed (message
   * AppointmentRescheduled): a new day and time, checked as the forms check it, and BookAppointment
   * books it and LeadZap sends the new time. Before the confirmation the confirmation task has its own Remarcar.
   */
  @Transactional
  public void reschedule(String code, Reschedule request, AtendeUser user) {
    ServiceEvent event = event(code);
    access.requireWork(user, event);
    if (event.getStatus() != EventStatus.CONFIRMED && event.getStatus() != EventStatus.NO_SHOW) {
      throw UserFacingException.conflict("Remarcar aqui é para agendamentos confirmados ou de quem não compareceu; "
          + "o evento " + code + " está " + event.getStatus().label() + "."
          + (event.getStatus() == EventStatus.SCHEDULED ? " Remarque na tarefa Confirmar agendamento." : ""));
    }
    if (request == null) {
      throw UserFacingException.badRequest("Informe a data e a hora do agendamento.");
    }
    ServiceEventForm.requireAppointment(request.appointmentAt(), event.getAppointmentAt());
    String technician = Text.requireMaxLength(blankToNull(request.technician()), 120, "Produtivo");
    String observation = Text.requireMaxLength(blankToNull(request.observation()), 2000, "Observações");
    if (observation != null) {
      event.note(observation);
    }
    Map<String, Object> variables = new HashMap<>();
    EVENT_ACTION.put(variables, EventAction.RESCHEDULE.name());
    APPOINTMENT_AT.put(variables, request.appointmentAt().trim());
    TECHNICIAN.put(variables, technician);
    // correlateAll: a mismatch inside this transaction would mark it rollback-only and answer 500, not this 409.
    if (runtimeService.createMessageCorrelation(Message.AppointmentRescheduled.id()).processInstanceBusinessKey(code)
        .setVariables(variables).correlateAllWithResult().isEmpty()) {
      throw UserFacingException.conflict("O evento " + code + " não está mais aguardando: atualize a agenda.");
    }
  }

  /** Seed 004's WhatsApp icon: send a dispatch again (non-interrupting event subprocess). */
  @Transactional
  public void resend(String code, LeadZapDispatch.Kind kind, AtendeUser user) {
    ServiceEvent event = event(code);
    access.requireWork(user, event);
    Client client = client(event.getClientId());
    if (noWhatsapp(client)) {
      throw UserFacingException.conflict("O cliente não quer WhatsApp: o contato é só por telefone.");
    }
    if (event.getAppointmentAt() == null) {
      throw UserFacingException.conflict("O evento " + code + " não tem agendamento.");
    }
    Map<String, Object> variables = new HashMap<>();
    KIND.put(variables, kind.name());
    runtimeService.createMessageCorrelation(Message.LeadZapResend.id()).processInstanceBusinessKey(code)
        .setVariables(variables).correlate();
  }

  /**
   * A client's "yes" on WhatsApp to one of our CONFIRMATION messages confirms the appointment
   * (message AppointmentConfirmed), but only from the number it was sent to: a forged or guessed
   * reply from anyone else confirms nothing. Answers whether it confirmed one.
   */
  @Transactional
  public boolean confirmByClient(String repliedTo, String from) {
    Optional<LeadZapDispatch> confirmation = Optional.ofNullable(repliedTo)
        .flatMap(dispatches::findFirstByProviderMessageId)
        .filter(dispatch -> dispatch.getKind() == LeadZapDispatch.Kind.CONFIRMATION);
    if (confirmation.isEmpty()) {
      LOG.info("LeadZap: a 'yes' that answers no confirmation of ours");
      return false;
    }
    ServiceEvent event = events.findById(confirmation.get().getEventId()).orElseThrow();
    if (!whatsappE164(from).equals(Optional.of(client(event.getClientId()).getPhone()))) {
      LOG.warn("LeadZap: a 'yes' to the confirmation of {} came from a number that is not the client's; ignored",
          event.getCode());
      return false;
    }
    Map<String, Object> variables = new HashMap<>();
    EVENT_ACTION.put(variables, EventAction.CONFIRM.name());
    OBSERVATION.put(variables, "Confirmado pelo cliente no WhatsApp.");
    // correlateAll answers nothing instead of throwing: a thrown mismatch would roll the webhook's transaction back
    // (a 500, and the provider retrying) when the client says yes twice.
    if (runtimeService.createMessageCorrelation(Message.AppointmentConfirmed.id())
        .processInstanceBusinessKey(event.getCode()).setVariables(variables).correlateAllWithResult().isEmpty()) {
      LOG.info("LeadZap: {} was no longer waiting for a confirmation", event.getCode());
      return false;
    }
    return true;
  }

  /**
   * The sender's wa_id ("5562981112233") in E.164. WhatsApp still reports some Brazilian mobiles
   * without the ninth digit ("556281112233"); they are the same line, so the 9 is put back.
   */
  public static Optional<String> whatsappE164(String waId) {
    String digits = waId == null ? "" : waId.replaceAll("\\D", "");
    if (digits.matches("55\\d{2}[6-9]\\d{7}")) {
      digits = digits.substring(0, 4) + "9" + digits.substring(4);
    }
    return digits.isEmpty() ? Optional.empty() : Phones.toE164("+" + digits);
  }

  /** The LeadZap control of the forms and the agenda: per dispatch, its dot, state and message. */
  public List<Map<String, Object>> board(Long eventId) {
    return board(dispatches.findByEventIdOrderById(eventId));
  }

  /** The same for dispatches already read, e.g. all those of an agenda at once. */
  public List<Map<String, Object>> board(List<LeadZapDispatch> eventDispatches) {
    return eventDispatches.stream().map(dispatch -> {
      Map<String, Object> row = new LinkedHashMap<>();
      boolean sent = dispatch.getStatus() == LeadZapDispatch.Status.SENT;
      row.put("kind", dispatch.getKind().name());
      row.put("label", dispatch.getKind().label());
      row.put("sent", sent);
      row.put("dot", sent ? "🟢 enviado" : "🔴 não enviado");
      row.put("status", switch (dispatch.getStatus()) {
        case SENT -> "Enviado em " + BusinessTime.formatBrazilian(dispatch.getSentAt());
        case PENDING -> "Aguardando envio";
        case FAILED -> "Falhou (" + dispatch.getAttempts() + " tentativas): " + dispatch.getLastError();
        case OPTED_OUT -> "Não enviado: " + (dispatch.getLastError() == null ? "cliente não quer WhatsApp"
            : dispatch.getLastError());
      });
      row.put("message", dispatch.getMessage());
      return row;
    }).toList();
  }

  /** The event of a `service-event` instance, by its business key. */
  public ServiceEvent event(DelegateExecution execution) {
    return events.ofProcess(execution);
  }

  /**
   * The BPMN's "Quer WhatsApp?" gateways: the client's flag as it is now in our table, so an opt-out
   * reaches running events at once and no completion can switch it off.
   */
  public boolean wantsWhatsapp(DelegateExecution execution) {
    return !noWhatsapp(client(event(execution).getClientId()));
  }

  /** "Não quer WhatsApp": the opt-out ledger's WhatsApp channel for the client's phone. */
  public boolean noWhatsapp(Client client) {
    return clients.noWhatsapp(client);
  }

  /** The phones of these clients that may not get WhatsApp, in one query. */
  public Set<String> noWhatsappPhones(Collection<Client> some) {
    return clients.noWhatsappPhones(some);
  }

  /** Why a dispatch to this client may not be sent (the ledger row, in pt-BR), if it may not. */
  public Optional<String> whatsappRefusal(Client client) {
    return clients.whatsappOptOut(client).map(optOut -> "número no registro de descadastros de WhatsApp ("
        + optOut.describe() + ")");
  }

  public ServiceEvent event(String code) {
    return events.findByCode(code).orElseThrow(() -> UserFacingException.notFound("Evento " + code + " não encontrado."));
  }

  public Client client(Long id) {
    return clients.client(id);
  }

  private static String required(String value, String message) {
    if (value == null || value.isBlank()) {
      throw UserFacingException.badRequest(message);
    }
    return value.trim();
  }
}
