package br.com.atende.duplicate;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** The central team's Tasklist filter of duplicate registrations and what it needs to read them. */
@Component
public class DuplicateSetup implements EngineSetup {

  public static final String FILTER_DUPLICATES = "Cadastros duplicados";

  @Override
  public void declare(Declarations setup) {
    setup.grant(Roles.CENTRAL, Resources.PROCESS_DEFINITION, DuplicateRegistrationProcess.KEY, Permissions.READ);
    setup.filter(FILTER_DUPLICATES, 6, "Cadastros novos com CPF/CNPJ de outra ficha, dos mais antigos",
        setup.taskQuery().taskCandidateGroup(Roles.CENTRAL).includeAssignedTasks()
            .taskDefinitionKey(DuplicateRegistrationProcess.UserTask.TreatDuplicate.id()).orderByTaskCreateTime().asc(),
        List.of(Map.of("name", DuplicateRegistrationProcess.DUPLICATE_CODE.name(), "label", "Código"),
            Map.of("name", DuplicateRegistrationProcess.CLIENT_NAME.name(), "label", "Cliente")),
        Roles.CENTRAL, Roles.SUPERVISORS);
  }
}
