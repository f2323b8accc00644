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
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import br.com.atende.common.Phones;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
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

  public record NewLossReason(String code, String name, String department) {}

  public record NewComplaintReason(String code, String name, String eventTypeCode, String fixedResponsible,
      String team) {}

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

  public ServiceEventService(ClientRegistry clients, VehicleRepository vehicles, EventTypeRepository eventTypes,
      LossReasonRepository lossReasons, ServiceEventRepository events, LeadZapDispatchRepository dispatches,
      ComplaintReasonRepository complaintReasons, RuntimeService runtimeService, EventAccess access) {
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

  // The registers over /api: managers only. The demo data calls the methods below them directly.

  @Transactional
  public Vehicle addVehicle(Long clientId, NewVehicle request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return addVehicle(clientId, request);
  }

  @Transactional
  public LossReason createLossReason(NewLossReason request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createLossReason(request);
  }

  @Transactional
  public ComplaintReason createComplaintReason(NewComplaintReason request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createComplaintReason(request);
  }

  @Transactional
  public EventType createEventType(NewEventType request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createEventType(request);
  }

  @Transactional
  public ServiceEvent createEvent(NewServiceEvent request, AtendeUser user) {
    user.requireManager(REGISTERS_REFUSAL);
    return createEvent(request);
  }

  @Transactional
  public Vehicle addVehicle(Long clientId, NewVehicle request) {
    client(clientId);
    return vehicles.save(new Vehicle(clientId, request.plate() == null ? null : request.plate().trim().toUpperCase(),
        required(request.model(), "Informe o modelo do veículo."), request.year()));
  }

  @Transactional
  public LossReason createLossReason(NewLossReason request) {
    String code = required(request.code(), "Informe o código do motivo.");
    if (lossReasons.existsById(code)) {
      throw UserFacingException.conflict("O motivo " + code + " já existe.");
    }
    return lossReasons.save(new LossReason(code, required(request.name(), "Informe o nome do motivo."),
        required(request.department(), "Informe o departamento do motivo (TODOS, SERVICOS, VENDAS...).")
            .toUpperCase()));
  }

  @Transactional
  public ComplaintReason createComplaintReason(NewComplaintReason request) {
    String code = required(request.code(), "Informe o código do motivo de reclamação.");
    if (complaintReasons.existsById(code)) {
      throw UserFacingException.conflict("O motivo de reclamação " + code + " já existe.");
    }
    if (request.eventTypeCode() == null || !eventTypes.existsById(request.eventTypeCode())) {
      throw UserFacingException.badRequest("Informe o tipo de evento da reclamação.");
    }
    return complaintReasons.save(new ComplaintReason(code, required(request.name(), "Informe o nome do motivo."),
        request.eventTypeCode(), blankToNull(request.fixedResponsible()), blankToNull(request.team())));
  }

  @Transactional
  public EventType createEventType(NewEventType request) {
    String code = required(request.code(), "Informe o código do tipo de evento.");
    if (eventTypes.existsById(code)) {
      throw UserFacingException.conflict("O tipo de evento " + code + " já existe.");
    }
    List<String> reasons = request.lossReasons() == null ? List.of() : request.lossReasons();
    for (String reason : reasons) {
      if (!lossReasons.existsById(reason)) {
        throw UserFacingException.badRequest("Motivo de perda desconhecido: " + reason + ".");
      }
    }
    return eventTypes.save(new EventType(code, required(request.name(), "Informe o nome do tipo de evento."),
        EventGroup.of(request.group()).label(), request.premium(),
        required(request.department(), "Informe o departamento do tipo de evento.").toUpperCase(), Set.copyOf(reasons),
        blankToNull(request.fixedResponsible()), blankToNull(request.team())));
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
    try {
      runtimeService.createMessageCorrelation(Message.AppointmentConfirmed.id()).processInstanceBusinessKey(event.getCode())
          .setVariables(variables).correlate();
      return true;
    } catch (MismatchingMessageCorrelationException e) {
      LOG.info("LeadZap: {} was no longer waiting for a confirmation", event.getCode());
      return false;
    }
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
