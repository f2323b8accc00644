package br.com.atende.leadattendance;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What agents need of the engine to work leads in Tasklist, and their filters. */
@Component
public class LeadAttendanceSetup implements EngineSetup {

  public static final String FILTER_MY_ATTENDANCES = "Meus atendimentos";
  public static final String FILTER_MY_CALLBACKS = "Meus retornos";
  public static final String FILTER_STORE_CALLBACKS = "Retornos da loja";

  private static final List<Map<String, String>> LEAD_COLUMNS = List.of(
      Map.of("name", LeadAttendanceProcess.LEAD_NAME.name(), "label", "Cliente"),
      Map.of("name", LeadAttendanceProcess.LEAD_PHONE.name(), "label", "Telefone"),
      Map.of("name", LeadAttendanceProcess.CAMPAIGN_NAME.name(), "label", "Campanha"));

  @Override
  public void declare(Declarations setup) {
    // The definition only (Tasklist shows its name and diagram), not its instances.
    setup.grant(Roles.AGENTS, Resources.PROCESS_DEFINITION, LeadAttendanceProcess.KEY, Permissions.READ);
    setup.filter(FILTER_MY_ATTENDANCES, 1, "Leads que você puxou e ainda não finalizou",
        setup.taskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(LeadAttendanceProcess.UserTask.AttendLead.id()).orderByTaskCreateTime().asc(), LEAD_COLUMNS,
        Roles.AGENTS, Roles.SUPERVISORS);
    setup.filter(FILTER_MY_CALLBACKS, 2, "Retornos agendados por você, pelo horário",
        setup.taskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(LeadAttendanceProcess.UserTask.CallBack.id()).orderByDueDate().asc(), LEAD_COLUMNS,
        Roles.AGENTS, Roles.SUPERVISORS);
    // Callbacks whose owner is away or did not do them in time (CallbackHandovers): any agent of the store claims one.
    setup.filter(FILTER_STORE_CALLBACKS, 3, "Retornos da sua loja sem dono: pegue um para atender",
        setup.taskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned()
            .taskDefinitionKey(LeadAttendanceProcess.UserTask.CallBack.id()).orderByDueDate().asc(), LEAD_COLUMNS,
        Roles.AGENTS, Roles.SUPERVISORS);
  }
}
