package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.client.ContactData;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.common.Phones;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 004's "Ações com o Cliente": the record, the flags, the related events and a new complaint. */
@Service
public class ClientService {

  static final List<EventStatus> OPEN = List.of(EventStatus.PENDING, EventStatus.SCHEDULED, EventStatus.CONFIRMED);

  public record ClientEdit(String name, String phone, String cpfCnpj, String email) {}

  public record Flags(Boolean noWhatsapp, Boolean wantsNewCar) {}

  public record NewComplaint(String reasonCode, String description, Long vehicleId) {}

  public record RelatedEvent(String code, String type, String status, String appointmentAt, String responsible) {}

  public record ClientView(Long id, String name, String phone, String cpfCnpj, String email, boolean noWhatsapp,
      boolean wantsNewCar, List<String> fleet, Map<String, List<RelatedEvent>> related, long complaints) {}

  public record ReasonOption(String code, String name) {}

  private final ClientRepository clients;
  private final VehicleRepository vehicles;
  private final ServiceEventRepository events;
  private final EventTypeRepository eventTypes;
  private final ComplaintReasonRepository complaintReasons;
  private final ServiceEventService service;
  private final IdentityService identityService;
  private final EventAccess access;

  public ClientService(ClientRepository clients, VehicleRepository vehicles, ServiceEventRepository events,
      EventTypeRepository eventTypes, ComplaintReasonRepository complaintReasons, ServiceEventService service,
      IdentityService identityService, EventAccess access) {
    this.clients = clients;
    this.vehicles = vehicles;
    this.events = events;
    this.eventTypes = eventTypes;
    this.complaintReasons = complaintReasons;
    this.service = service;
    this.identityService = identityService;
    this.access = access;
  }

  /** The client, the fleet, and every event grouped as the seed says: Vendas, Pós Vendas, Reclamações. */
  @Transactional(readOnly = true)
  public ClientView view(Long id, AtendeUser user) {
    Client client = service.client(id);
    access.requireClientSee(user, id);
    Map<String, List<RelatedEvent>> related = new LinkedHashMap<>();
    for (String group : List.of("Vendas", "Pós Vendas", "Reclamações")) {
      related.put(group, new java.util.ArrayList<>());
    }
    long complaints = 0;
    for (ServiceEvent event : events.findByClientIdOrderByIdDesc(id)) {
      EventType type = eventTypes.findById(event.getTypeCode()).orElseThrow();
      String group = event.getComplaintReason() != null ? "Reclamações"
          : type.getGroup().contains("Pós Vendas") ? "Pós Vendas" : "Vendas";
      complaints += event.getComplaintReason() != null ? 1 : 0;
      related.get(group).add(new RelatedEvent(event.getCode(), type.getName(), event.getStatus().label(),
          BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getResponsible()));
    }
    return new ClientView(client.getId(), client.getName(), Phones.display(client.getPhone()), client.getCpfCnpj(),
        client.getEmail(), client.isNoWhatsapp(), client.isWantsNewCar(),
        vehicles.findByClientIdOrderById(id).stream().map(Vehicle::describe).toList(), related, complaints);
  }

  /** "Cadastro: podendo alterar dados se tiver acesso liberado": supervisors and admins. */
  @Transactional
  public void edit(Long id, ClientEdit edit, AtendeUser user) {
    if (!user.isIn(Roles.SUPERVISORS) && !user.isIn(Roles.ADMIN)) {
      throw UserFacingException.forbidden("Alterar o cadastro do cliente exige acesso de supervisor.");
    }
    Client client = service.client(id);
    ContactData data = ContactData.check(edit.name(), edit.phone(), edit.cpfCnpj(), edit.email());
    client.edit(data.name(), data.phone(), data.cpfCnpj(), data.email());
  }

  /**
   * "Interessa carro novo" and "Não quer WhatsApp" (LGPD), which the agent of the client's event marks
   * during the call. Opting out reaches the client's running events at once: the BPMN's gateways and
   * the worker read this flag, so no dispatch is sent from then on.
   */
  @Transactional
  public void flag(Long id, Flags flags, AtendeUser user) {
    Client client = service.client(id);
    access.requireClientWork(user, id);
    client.flag(flags.noWhatsapp(), flags.wantsNewCar());
  }

  /** Only the reasons someone answers for: a fixed responsible or a team, of the reason or of its type. */
  @Transactional(readOnly = true)
  public List<ReasonOption> complaintReasons() {
    return complaintReasons.findAll().stream()
        .filter(reason -> responsibleOf(reason) != null)
        .map(reason -> new ReasonOption(reason.getCode(), reason.getName()))
        .toList();
  }

  @Transactional
  public ServiceEvent openComplaint(Long clientId, NewComplaint complaint, AtendeUser user) {
    access.requireClientWork(user, clientId);
    ComplaintReason reason = complaintReasons.findById(complaint.reasonCode() == null ? "" : complaint.reasonCode())
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
