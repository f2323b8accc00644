package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.client.Client;
import br.com.atende.client.Vehicle;
import br.com.atende.client.VehicleRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Markdown;
import br.com.atende.common.Phones;
import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.AtendeUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;

/**
 * What the two forms of an event share. On create: the team's candidacy and the event's summary. On
 * assignment and complete: only who may work the event (EventAccess) claims and finishes it. Each
 * form adds its own data and its own check of the agent's choice, on the server, whatever the
 * client: a refusal leaves the task open, unchanged.
 */
abstract class ServiceEventForm implements UserTaskForm {

  /** How far ahead an appointment may be booked. */
  static final int MAX_DAYS_AHEAD = 90;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'às' HH:mm");

  final ServiceEventService service;
  final EventTypeRepository eventTypes;
  private final VehicleRepository vehicles;
  final EventAccess access;

  ServiceEventForm(ServiceEventService service, EventTypeRepository eventTypes, VehicleRepository vehicles,
      EventAccess access) {
    this.service = service;
    this.eventTypes = eventTypes;
    this.vehicles = vehicles;
    this.access = access;
  }

  /** This form's own data, after the summary. */
  abstract void load(DelegateTask task, ServiceEvent event, EventType type);

  /** This form's check of the agent's choice. */
  abstract void check(DelegateTask task, ServiceEvent event, EventType type);

  @Override
  public final void load(DelegateTask task) {
    ServiceEvent event = service.event(task.getExecution());
    EventType type = eventTypes.findById(event.getTypeCode()).orElseThrow();
    // A team event (no responsible) is offered to its team only; the table says which.
    access.candidateGroups(task.getExecution()).forEach(task::addCandidateGroup);
    summary(task, event, type);
    load(task, event, type);
  }

  @Override
  public final void assigned(DelegateTask task) {
    assigned(task, service.event(task.getExecution()));
  }

  @Override
  public final void validate(DelegateTask task) {
    ServiceEvent event = service.event(task.getExecution());
    requireWorker(task, event);
    check(task, event, eventTypes.findById(event.getTypeCode()).orElseThrow());
    ACTED_BY.set(task.getExecution(), TaskActor.id(task));
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

  private void summary(DelegateTask task, ServiceEvent event, EventType type) {
    Client client = service.client(event.getClientId());
    boolean noWhatsapp = service.noWhatsapp(client);
    String vehicle = event.getVehicleId() == null ? "—"
        : vehicles.findById(event.getVehicleId()).map(Vehicle::describe).map(Markdown::escape).orElse("—");
    // Names come from registers and clients: escaped, so they read as text in the form's markdown.
    SUMMARY.set(task.getExecution(), "### " + Markdown.escape(type.getName()) + " · " + Markdown.escape(client.getName())
        + "\n\n"
        + "**Telefone:** " + Phones.display(client.getPhone())
        + (noWhatsapp ? " · **Não quer WhatsApp** (contato só por telefone)" : "")
        + (client.isWantsNewCar() ? " · **Interessa carro novo**" : "") + "\n\n"
        + "**Veículo:** " + vehicle + " · **Evento:** " + event.getCode() + " · **Status:** "
        + event.getStatus().label() + " · **Responsável:** " + (event.getResponsible() == null ? "—" : event.getResponsible())
        + (event.getAppointmentAt() == null ? "" : "\n\n**Agendado para:** "
            + WHEN.format(BusinessTime.toLocal(event.getAppointmentAt()))
            + (event.getTechnician() == null ? "" : " · **Produtivo:** " + Markdown.escape(event.getTechnician()))));
    NO_WHATSAPP.set(task.getExecution(), noWhatsapp);
  }

  /** A future appointment, at most {@value #MAX_DAYS_AHEAD} days ahead, and a different one when moving it. */
  static void requireAppointment(DelegateTask task, Instant current) {
    requireAppointment(APPOINTMENT_AT.from(task), current);
  }

  /** The same check for a time given outside a form (Remarcar on the Ficha page); answers the instant. */
  static Instant requireAppointment(String appointmentAt, Instant current) {
    LocalDateTime local = BusinessTime.parseLocal(appointmentAt, "Data e hora do agendamento (appointmentAt)")
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
    return at;
  }
}
