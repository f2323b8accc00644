package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.client.VehicleRepository;
import br.com.atende.common.Codes;
import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * event-contact.form, the Ficha de agendamento of EventContact: the actions the DMN enables and the
 * loss reasons it offers; on complete, the chosen action must be one of them, with what it needs.
 */
@Component
public class EventContactForm extends ServiceEventForm {

  private final AgendaRules rules;

  public EventContactForm(ServiceEventService service, EventTypeRepository eventTypes, VehicleRepository vehicles,
      EventAccess access, AgendaRules rules) {
    super(service, eventTypes, vehicles, access);
    this.rules = rules;
  }

  @Override
  void load(DelegateTask task, ServiceEvent event, EventType type) {
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

  @Override
  void check(DelegateTask task, ServiceEvent event, EventType type) {
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
}
