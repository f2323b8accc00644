package br.com.atende.thirdparty;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What the sales team needs of the engine to validate changes with the holder, and its Tasklist filter. */
@Component
class HolderValidationSetup implements EngineSetup {

  static final String FILTER_HOLDER_VALIDATIONS = "Validações com o titular";

  @Override
  public void declare(Declarations setup) {
    setup.grant(Roles.SALES, Resources.PROCESS_DEFINITION, HolderValidationProcess.KEY, Permissions.READ);
    setup.filter(FILTER_HOLDER_VALIDATIONS, 8, "Alterações de dados sensíveis pedidas por terceiros, dos mais antigos",
        setup.taskQuery().taskCandidateGroup(Roles.SALES).includeAssignedTasks()
            .taskDefinitionKey(HolderValidationProcess.UserTask.ValidateWithHolder.id()).orderByTaskCreateTime().asc(),
        List.of(Map.of("name", HolderValidationProcess.REQUEST_CODE.name(), "label", "Código"),
            Map.of("name", HolderValidationProcess.CLIENT_NAME.name(), "label", "Cliente"),
            Map.of("name", HolderValidationProcess.REQUESTED_BY.name(), "label", "Pedido por")),
        Roles.SALES, Roles.SUPERVISORS);
  }
}
