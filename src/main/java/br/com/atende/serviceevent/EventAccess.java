package br.com.atende.serviceevent;

import br.com.atende.client.ClientRepository;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who may act on a service event, from our tables only: its responsible, else (a team event nobody
 * took yet) a member of its type's team; supervisors and admins on any. The BPMN assigns the
 * Ficha through it too, so a completion that writes "responsible" or "team" changes nothing.
 */
@Component("eventAccess")
public class EventAccess {

  private final EventTypeRepository eventTypes;
  private final ServiceEventRepository events;
  private final ClientRepository clients;

  public EventAccess(EventTypeRepository eventTypes, ServiceEventRepository events, ClientRepository clients) {
    this.eventTypes = eventTypes;
    this.events = events;
    this.clients = clients;
  }

  /** The user tasks' assignee: the event's responsible, none for a team event. */
  public String assignee(DelegateExecution execution) {
    return events.ofProcess(execution).getResponsible();
  }

  /** The user tasks' candidates: the team only while the event has no responsible, so nobody else gets the task. */
  public List<String> candidateGroups(DelegateExecution execution) {
    ServiceEvent event = events.ofProcess(execution);
    return event.getResponsible() == null ? List.of(team(event)) : List.of();
  }

  /** The type's team, else every agent. */
  public String team(ServiceEvent event) {
    String team = eventTypes.findById(event.getTypeCode()).map(EventType::getTeam).orElse(null);
    return team != null ? team : Roles.AGENTS;
  }

  public static boolean isSupervisor(AtendeUser user) {
    return user.isIn(Roles.SUPERVISORS) || user.isIn(Roles.ADMIN);
  }

  /** Works the event's tasks and actions: its responsible, a member of its team while nobody took it, a supervisor. */
  public boolean mayWork(AtendeUser user, ServiceEvent event) {
    if (isSupervisor(user)) {
      return true;
    }
    return event.getResponsible() != null ? event.getResponsible().equals(user.id()) : user.isIn(team(event));
  }

  /** Reads it: who may work it, and managers (supervisors, BI, admins), who see the whole agenda. */
  public boolean maySee(AtendeUser user, ServiceEvent event) {
    return user.isManager() || mayWork(user, event);
  }

  public void requireWork(AtendeUser user, ServiceEvent event) {
    if (!mayWork(user, event)) {
      throw UserFacingException.forbidden(refusal(event));
    }
  }

  public void requireSee(AtendeUser user, ServiceEvent event) {
    if (!maySee(user, event)) {
      throw UserFacingException.forbidden(refusal(event));
    }
  }

  /** A client is worked by whoever may work one of their events (as a lead by its store's agents). */
  public void requireClientWork(AtendeUser user, Long clientId) {
    if (clientId == null || !clients.existsById(clientId)) {
      throw UserFacingException.notFound("Cliente " + clientId + " não encontrado.");
    }
    if (!mayWorkClient(user, clientId)) {
      throw UserFacingException.forbidden(CLIENT_REFUSAL);
    }
  }

  public boolean mayWorkClient(AtendeUser user, Long clientId) {
    return isSupervisor(user) || events.findByClientIdOrderByIdDesc(clientId).stream().anyMatch(e -> mayWork(user, e));
  }

  /** Who may see a client's dealer side: a manager, or whoever may work one of its events. */
  public void requireClientSee(AtendeUser user, Long clientId) {
    if (!user.isManager() && !mayWorkClient(user, clientId)) {
      throw UserFacingException.forbidden(CLIENT_REFUSAL);
    }
  }

  static final String CLIENT_REFUSAL =
      "Só quem responde por um evento deste cliente ou um supervisor pode ver ou alterar o cliente.";

  static String refusal(ServiceEvent event) {
    return "Só o responsável pelo evento " + event.getCode() + " ou um supervisor pode fazer isto.";
  }
}
