package br.com.atende.serviceevent;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What the dealer agenda needs of the engine, and its Tasklist filter. */
@Component
public class ServiceEventSetup implements EngineSetup {

  public static final String FILTER_DEALER_AGENDA = "Agenda de pós-venda";

  private static final List<Map<String, String>> EVENT_COLUMNS = List.of(
      Map.of("name", ServiceEventProcess.EVENT_CODE.name(), "label", "Evento"),
      Map.of("name", ServiceEventProcess.APPOINTMENT_AT.name(), "label", "Agendado para"));

  @Override
  public void declare(Declarations setup) {
    // Agents work their events; supervisors may work any (and lose a client's future events).
    setup.grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, ServiceEventProcess.KEY, Permissions.READ);
    setup.grant(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, ServiceEventProcess.KEY, Permissions.READ,
        Permissions.TASK_WORK, Permissions.READ_TASK);
    for (String group : List.of(Roles.AGENTS, Roles.SUPERVISORS)) {
      setup.grant(group, Resources.DECISION_DEFINITION, AgendaRules.ELIGIBILITY, Permissions.CREATE_INSTANCE);
      setup.grant(group, Resources.DECISION_DEFINITION, AgendaRules.LOSS_REASONS, Permissions.CREATE_INSTANCE);
    }
    setup.filter(FILTER_DEALER_AGENDA, 6, "Fichas de agendamento e confirmações da concessionária",
        setup.taskQuery().taskDefinitionKeyIn(ServiceEventProcess.UserTask.EventContact.id(),
            ServiceEventProcess.UserTask.ConfirmAppointment.id()).orderByTaskCreateTime().asc(), EVENT_COLUMNS,
        Roles.AGENTS, Roles.SUPERVISORS);
  }
}
