package br.com.atende.followup;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What seed 002's teams and their supervisors need of the engine for follow-ups, and their two filters. */
@Component
public class FollowUpSetup implements EngineSetup {

  public static final String FILTER_MY_FOLLOW_UPS = "Meus agendamentos";
  public static final String FILTER_TO_VALIDATE = "Agendamentos a validar";

  private static final List<Map<String, String>> COLUMNS = List.of(
      Map.of("name", FollowUpProcess.CLIENT_NAME.name(), "label", "Cliente"),
      Map.of("name", FollowUpProcess.TYPE_LABEL.name(), "label", "Tipo"),
      Map.of("name", FollowUpProcess.PRODUCT.name(), "label", "Produto"),
      Map.of("name", FollowUpProcess.DUE_ON_LABEL.name(), "label", "Prazo"));

  @Override
  public void declare(Declarations setup) {
    // The engine grants the owner their task and the supervisors the validations; the definition is
    // read for Tasklist, and each task's listeners evaluate the deadline table as the user.
    for (String group : List.of(Roles.SALES, Roles.SUPPORT, Roles.CENTRAL, Roles.SUPERVISORS)) {
      setup.grant(group, Resources.PROCESS_DEFINITION, FollowUpProcess.KEY, Permissions.READ);
      setup.grant(group, Resources.DECISION_DEFINITION, FollowUpDeadlines.DECISION_KEY, Permissions.CREATE_INSTANCE);
    }
    setup.filter(FILTER_MY_FOLLOW_UPS, 6, "Seus agendamentos, pelo prazo",
        setup.taskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(FollowUpProcess.UserTask.FollowUpClient.id()).orderByDueDate().asc(), COLUMNS,
        Roles.SALES, Roles.SUPPORT, Roles.CENTRAL, Roles.SUPERVISORS);
    setup.filter(FILTER_TO_VALIDATE, 7, "Agendamentos para mais de 7 dias, aguardando a validação do gestor",
        setup.taskQuery().taskCandidateGroup(Roles.SUPERVISORS).includeAssignedTasks()
            .taskDefinitionKey(FollowUpProcess.UserTask.ValidateFollowUp.id()).orderByDueDate().asc(), COLUMNS,
        Roles.SUPERVISORS);
  }
}
