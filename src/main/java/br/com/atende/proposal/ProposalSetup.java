package br.com.atende.proposal;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What sellers, auditors and maintenance need of the engine for proposals, and their filters. */
@Component
public class ProposalSetup implements EngineSetup {

  public static final String FILTER_MY_PENDENCIES = "Minhas pendências";
  public static final String FILTER_AUDIT = "Auditoria de propostas";
  public static final String FILTER_MAINTENANCE = "Manutenção de propostas";

  private static final List<Map<String, String>> PROPOSAL_COLUMNS = List.of(
      Map.of("name", ProposalProcess.PROPOSAL_CODE.name(), "label", "Proposta"),
      Map.of("name", ProposalProcess.CLIENT_NAME.name(), "label", "Cliente"),
      Map.of("name", ProposalProcess.CURRENT_SITUATION_LABEL.name(), "label", "Situação"));

  @Override
  public void declare(Declarations setup) {
    // The engine grants the seller their pendency and the groups their candidate tasks; the
    // definition is read for Tasklist, and the allowed situations are a decision evaluated as the user.
    for (String group : List.of(Roles.AGENTS, Roles.AUDITORS, Roles.MAINTENANCE)) {
      setup.grant(group, Resources.PROCESS_DEFINITION, ProposalProcess.KEY, Permissions.READ);
      setup.grant(group, Resources.DECISION_DEFINITION, SituationMoves.DECISION_KEY, Permissions.CREATE_INSTANCE);
    }
    setup.filter(FILTER_MY_PENDENCIES, 3, "Propostas que você vendeu e estão pendentes com você",
        setup.taskQuery().taskAssigneeExpression("${currentUser()}")
            .taskDefinitionKey(ProposalProcess.UserTask.ResolvePendency.id()).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS,
        Roles.AGENTS, Roles.SUPERVISORS);
    setup.filter(FILTER_AUDIT, 4, "Propostas aguardando auditoria, das mais antigas",
        setup.taskQuery().taskCandidateGroup(Roles.AUDITORS).includeAssignedTasks()
            .taskDefinitionKey(ProposalProcess.UserTask.AuditProposal.id()).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS,
        Roles.AUDITORS, Roles.SUPERVISORS);
    setup.filter(FILTER_MAINTENANCE, 5, "Propostas abertas na manutenção",
        setup.taskQuery().taskCandidateGroup(Roles.MAINTENANCE).includeAssignedTasks()
            .taskDefinitionKey(ProposalProcess.UserTask.MaintainProposal.id()).orderByTaskCreateTime().asc(), PROPOSAL_COLUMNS,
        Roles.MAINTENANCE, Roles.SUPERVISORS);
  }
}
