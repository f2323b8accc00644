package br.com.atende.serviceevent;

import br.com.atende.client.Client;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Markdown;
import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.common.Phones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Listener of EventContact and ConfirmAppointment. On create it loads the Ficha: the event, the
 * client, the actions the DMN enables and the loss reasons it offers. On assignment and complete it
 * lets only who may work the event (EventAccess) claim and finish it, and on complete it checks the
 * agent's choice on the server, whatever the client: a refusal leaves the task open, unchanged.
 */
@Component
public class ServiceEventTaskListener implements TaskListener {

  /** How far ahead an appointment may be booked. */
  static final int MAX_DAYS_AHEAD = 90;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm");

  private final ServiceEventService service;
  private final EventTypeRepository eventTypes;
  private final VehicleRepository vehicles;
  private final AgendaRules rules;
  private final EventAccess access;

  public ServiceEventTaskListener(ServiceEventService service, EventTypeRepository eventTypes,
      VehicleRepository vehicles, AgendaRules rules, EventAccess access) {
    this.service = service;
    this.eventTypes = eventTypes;
    this.vehicles = vehicles;
    this.rules = rules;
    this.access = access;
  }

  @Override
  public void notify(DelegateTask task) {
    ServiceEvent event = service.event(task.getExecution());
    EventType type = eventTypes.findById(event.getTypeCode()).orElseThrow();
    boolean contact = UserTask.EventContact.id().equals(task.getTaskDefinitionKey());
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        // A team event (no responsible) is offered to its team only; the table says which.
        access.candidateGroups(task.getExecution()).forEach(task::addCandidateGroup);
        load(task, event, type, contact);
      }
      case EVENTNAME_ASSIGNMENT -> assigned(task, event);
      case EVENTNAME_COMPLETE -> {
        requireWorker(task, event);
        if (contact) {
          checkContact(task, event, type);
        } else {
          checkConfirmation(task, event);
        }
        ACTED_BY.set(task.getExecution(), TaskActor.id(task));
      }
      default -> { }
    }
  }

  /**
   * A claim (or any change of assignee, such as a resolve or an unclaim): only who may work the
   * event, each for themselves. A team event claimed by one of the team becomes theirs, in our
   * table and in the engine: the team is no longer a candidate and loses its grant on the task.
   */
  private void assigned(DelegateTask task, ServiceEvent event) {
    AtendeUser actor = actor(task);
    if (actor == null) {
      return;
    }
    if (!access.mayWork(actor, event)) {
      throw UserFacingException.forbidden(EventAccess.refusal(event));
    }
    if (!EventAccess.isSupervisor(actor) && !actor.id().equals(task.getAssignee())) {
      throw UserFacingException.forbidden("Cada um assume a tarefa para si: não é possível passá-la a outra pessoa "
          + "nem devolvê-la ao time.");
    }
    if (event.getResponsible() == null && task.getAssignee() != null) {
      event.takenBy(task.getAssignee());
      releaseCandidates(task);
    }
  }

  private static void releaseCandidates(DelegateTask task) {
    List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    groups.forEach(task::deleteCandidateGroup);
    AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
    // The engine granted the candidate groups this task and keeps the grant when the link goes; the
    // claimer may not delete authorizations, so this runs as the engine itself.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : groups) {
        authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
            .groupIdIn(group).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      }
      return null;
    });
  }

  /** Completing: who may work the event; a team event must be claimed first, so it is someone's. */
  private void requireWorker(DelegateTask task, ServiceEvent event) {
    AtendeUser actor = actor(task);
    if (actor == null) {
      return;
    }
    if (!access.mayWork(actor, event)) {
      throw UserFacingException.forbidden(EventAccess.refusal(event));
    }
    if (event.getResponsible() == null && !EventAccess.isSupervisor(actor)) {
      throw UserFacingException.badRequest("Assuma esta tarefa antes de concluí-la: ela é do time "
          + access.team(event) + " e fica com quem a assumir.");
    }
  }

  /** The authenticated user (Tasklist, /engine-rest); none for the engine and Java callers, which are trusted. */
  private static AtendeUser actor(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return null;
    }
    return new AtendeUser(current.getUserId(),
        current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds()));
  }

  private void load(DelegateTask task, ServiceEvent event, EventType type, boolean contact) {
    Client client = service.client(event.getClientId());
    String vehicle = event.getVehicleId() == null ? "—"
        : vehicles.findById(event.getVehicleId()).map(Vehicle::describe).map(Markdown::escape).orElse("—");
    // Names come from registers and clients: escaped, so they read as text in the form's markdown.
    SUMMARY.set(task.getExecution(), "### " + Markdown.escape(type.getName()) + " · " + Markdown.escape(client.getName())
        + "\n\n"
        + "**Telefone:** " + Phones.display(client.getPhone())
        + (client.isNoWhatsapp() ? " · **Não quer WhatsApp** (contato só por telefone)" : "")
        + (client.isWantsNewCar() ? " · **Interessa carro novo**" : "") + "\n\n"
        + "**Veículo:** " + vehicle + " · **Evento:** " + event.getCode() + " · **Status:** "
        + event.getStatus().label() + " · **Responsável:** " + (event.getResponsible() == null ? "—" : event.getResponsible())
        + (event.getAppointmentAt() == null ? "" : "\n\n**Agendado para:** "
            + WHEN.format(BusinessTime.toLocal(event.getAppointmentAt()))
            + (event.getTechnician() == null ? "" : " · **Produtivo:** " + Markdown.escape(event.getTechnician()))));
    NO_WHATSAPP.set(task.getExecution(), client.isNoWhatsapp());
    if (!contact) {
      return;
    }
    AgendaRules.Eligibility agenda = rules.agenda(type, event);
    AGENDA_ENABLED.set(task.getExecution(), agenda.eligible());
    AGENDA_REASON.set(task.getExecution(), agenda.reason());
    ACTION_OPTIONS.set(task.getExecution(), actions(type, agenda).stream()
        .map(action -> Map.of("label", action.label(), "value", action.name())).toList());
    LOSS_REASON_OPTIONS.set(task.getExecution(), rules.lossReasons(type).stream()
        .map(reason -> Map.of("label", reason.getName(), "value", reason.getCode())).toList());
  }

  /** Agenda when the DMN enables it; Sucesso for types that are not Agenda Premium; Perdido always. */
  private static List<EventAction> actions(EventType type, AgendaRules.Eligibility agenda) {
    List<EventAction> actions = new ArrayList<>();
    if (agenda.eligible()) {
      actions.add(EventAction.SCHEDULE);
    }
    if (!type.isPremium()) {
      actions.add(EventAction.SUCCESS);
    }
    actions.add(EventAction.LOST);
    return actions;
  }

  private void checkContact(DelegateTask task, ServiceEvent event, EventType type) {
    EventAction action = Codes.parse(EventAction.class, EVENT_ACTION.from(task));
    if (action == null) {
      throw UserFacingException.badRequest("Escolha a ação: Agenda, Sucesso ou Perdido.");
    }
    AgendaRules.Eligibility agenda = rules.agenda(type, event);
    if (!actions(type, agenda).contains(action)) {
      throw UserFacingException.badRequest(switch (action) {
        case SCHEDULE -> agenda.reason();
        case SUCCESS -> "Eventos Agenda Premium terminam com Agenda ou Perdido, não com Sucesso.";
        default -> "Ação não disponível na Ficha de agendamento: " + action.label() + ".";
      });
    }
    switch (action) {
      case SCHEDULE -> requireAppointment(task, null);
      case LOST -> {
        String reason = LOSS_REASON.from(task);
        if (reason == null || reason.isBlank()) {
          throw UserFacingException.badRequest("Informe o motivo da perda.");
        }
        if (rules.lossReasons(type).stream().noneMatch(offered -> offered.getCode().equals(reason.trim()))) {
          throw UserFacingException.badRequest("Motivo de perda não disponível para " + type.getName() + ": " + reason + ".");
        }
        if (Boolean.TRUE.equals(LOSE_FUTURE_CYCLE_EVENTS.from(task))
            && !TaskActor.isInAnyOf(task, Roles.SUPERVISORS, Roles.ADMIN)) {
          throw UserFacingException.forbidden(
              "Perder também os eventos futuros do ciclo exige acesso de supervisor.");
        }
      }
      default -> { }
    }
  }

  private void checkConfirmation(DelegateTask task, ServiceEvent event) {
    EventAction action = Codes.parse(EventAction.class, EVENT_ACTION.from(task));
    if (action != EventAction.CONFIRM && action != EventAction.RESCHEDULE) {
      throw UserFacingException.badRequest("Escolha Confirmar ou Remarcar.");
    }
    if (action == EventAction.RESCHEDULE) {
      requireAppointment(task, event.getAppointmentAt());
    }
  }

  /** A future appointment, at most {@value #MAX_DAYS_AHEAD} days ahead, and a different one when moving it. */
  private static void requireAppointment(DelegateTask task, Instant current) {
    LocalDateTime local = BusinessTime.parseLocal(APPOINTMENT_AT.from(task))
        .orElseThrow(() -> UserFacingException.badRequest("Informe a data e a hora do agendamento."));
    Instant at = BusinessTime.toInstant(local);
    if (!at.isAfter(BusinessTime.now())) {
      throw UserFacingException.badRequest("O agendamento tem que ser no futuro.");
    }
    if (Duration.between(BusinessTime.now(), at).toDays() > MAX_DAYS_AHEAD) {
      throw UserFacingException.badRequest("O agendamento pode ser no máximo " + MAX_DAYS_AHEAD + " dias à frente.");
    }
    if (at.equals(current)) {
      throw UserFacingException.badRequest("Para remarcar, escolha outro dia ou horário.");
    }
  }
}
