package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.common.Phones;
import br.com.atende.serviceevent.leadzap.LeadZapConversation;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 004's "Ações com o Cliente" on the dealer's side: the flags and a new complaint (the record is client/). */
@Service
public class ClientService {

  static final List<EventStatus> OPEN = List.of(EventStatus.PENDING, EventStatus.SCHEDULED, EventStatus.CONFIRMED);

  public record Flags(Boolean noWhatsapp, Boolean wantsNewCar) {}

  public record NewComplaint(String reasonCode, String description, Long vehicleId) {}

  public record ReasonOption(String code, String name) {}

  private final ServiceEventRepository events;
  private final EventTypeRepository eventTypes;
  private final ComplaintReasonRepository complaintReasons;
  private final ServiceEventService service;
  private final IdentityService identityService;
  private final EventAccess access;
  private final LeadZapConversation leadZap;
  private final ClientRegistry registry;

  public ClientService(ServiceEventRepository events, EventTypeRepository eventTypes, ComplaintReasonRepository complaintReasons,
      ServiceEventService service, IdentityService identityService, EventAccess access, LeadZapConversation leadZap,
      ClientRegistry registry) {
    this.leadZap = leadZap;
    this.registry = registry;
    this.events = events;
    this.eventTypes = eventTypes;
    this.complaintReasons = complaintReasons;
    this.service = service;
    this.identityService = identityService;
    this.access = access;
  }

  /**
   * "Interessa carro novo" and "Não quer WhatsApp" (LGPD), which the agent of the client's event marks
   * during the call. Opting out is the client's request in the opt-out ledger and reaches the client's
   * running events at once: the BPMN's gateways and the worker ask the ledger, so no dispatch is sent
   * from then on.
   */
  @Transactional
  public void flag(Long id, Flags flags, AtendeUser user) {
    Client client = service.client(id);
    access.requireClientWork(user, id);
    if (flags.noWhatsapp() != null) {
      registry.markNoWhatsapp(client, flags.noWhatsapp(), "na ficha do cliente", user.id());
    }
    client.flag(flags.wantsNewCar());
  }

  public record Conversation(Long clientId, String phone, List<LeadZapConversation.Line> messages) {}

  /**
   * Seed 004's "Conversa": LeadZap's messages to the client and the client's WhatsApp replies, in
   * order, for who may see the client's record on the dealer's side. A client who does not want
   * WhatsApp has no conversation to open ("ele não vai abrir a conversa").
   */
  @Transactional(readOnly = true)
  public Conversation conversation(Long id, AtendeUser user) {
    Client client = service.client(id);
    access.requireClientSee(user, id);
    if (registry.noWhatsapp(client)) {
      throw UserFacingException.conflict("O cliente não quer WhatsApp (LGPD): a conversa não é aberta; "
          + "o contato é só por telefone.");
    }
    Map<Long, String> codes = events.findByClientIdOrderByIdDesc(id).stream()
        .collect(Collectors.toMap(ServiceEvent::getId, ServiceEvent::getCode));
    return new Conversation(client.getId(), Phones.display(client.getPhone()), leadZap.of(client, codes));
  }

  /** Only the reasons someone answers for: a fixed responsible or a team, of the reason or of its type. */
  @Transactional(readOnly = true)
  public List<ReasonOption> complaintReasons() {
    return complaintReasons.findAll().stream()
        .filter(reason -> reason.isActive() && eventTypes.findById(reason.getEventTypeCode())
            .map(EventType::isActive).orElse(false))
        .filter(reason -> responsibleOf(reason) != null)
        .map(reason -> new ReasonOption(reason.getCode(), reason.getName()))
        .toList();
  }

  @Transactional
  public ServiceEvent openComplaint(Long clientId, NewComplaint complaint, AtendeUser user) {
    access.requireClientWork(user, clientId);
    ComplaintReason reason = complaintReasons.findById(complaint.reasonCode() == null ? "" : complaint.reasonCode())
        .filter(ComplaintReason::isActive)
        .orElseThrow(() -> UserFacingException.badRequest("Informe um motivo de reclamação válido."));
    if (complaint.description() == null || complaint.description().isBlank()) {
      throw UserFacingException.badRequest("Descreva a reclamação do cliente.");
    }
    String responsible = responsibleOf(reason);
    if (responsible == null) {
      throw UserFacingException.conflict("O motivo \"" + reason.getName()
          + "\" não tem responsável fixo nem time: não é possível abrir a reclamação.");
    }
    return service.createEvent(new ServiceEventService.NewServiceEvent(reason.getEventTypeCode(), clientId,
        complaint.vehicleId(), responsible, null), reason.getCode(), complaint.description().trim());
  }

  /** The fixed responsible (reason's, else type's); else the member of the team with the fewest open events. */
  private String responsibleOf(ComplaintReason reason) {
    EventType type = eventTypes.findById(reason.getEventTypeCode()).orElseThrow();
    if (reason.getFixedResponsible() != null) {
      return reason.getFixedResponsible();
    }
    if (type.getFixedResponsible() != null) {
      return type.getFixedResponsible();
    }
    String team = reason.getTeam() != null ? reason.getTeam() : type.getTeam();
    if (team == null) {
      return null;
    }
    return identityService.createUserQuery().memberOfGroup(team).list().stream()
        .map(User::getId)
        .min(Comparator.comparingLong((String user) -> events.countByResponsibleAndStatusIn(user, OPEN))
            .thenComparing(Comparator.naturalOrder()))
        .orElse(null);
  }
}
