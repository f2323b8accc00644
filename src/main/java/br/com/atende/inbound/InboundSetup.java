package br.com.atende.inbound;

import br.com.atende.engine.EngineSetup;
import br.com.atende.security.Roles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/** What the teams need of the engine for inbound contacts, and their Tasklist filter. */
@Component
public class InboundSetup implements EngineSetup {

  public static final String FILTER_INBOUND = "Contatos recebidos";
  /** A contact completed in Tasklist evaluates the commission and recontract tables as the user. */
  static final List<String> DECISIONS = List.of("commission-attribution", RecontractRules.DECISION_KEY);

  @Override
  public void declare(Declarations setup) {
    for (String group : List.of(Roles.SALES, Roles.SUPPORT, Roles.CENTRAL, Roles.SUPERVISORS)) {
      setup.grant(group, Resources.PROCESS_DEFINITION, InboundContactProcess.KEY, Permissions.READ);
      for (String decision : DECISIONS) {
        setup.grant(group, Resources.DECISION_DEFINITION, decision, Permissions.CREATE_INSTANCE);
      }
    }
    // Engine authorization shows each user only the contacts routed to them or to their team.
    setup.filter(FILTER_INBOUND, 5, "Contatos de clientes encaminhados a você ou à sua equipe, dos mais antigos",
        setup.taskQuery().processDefinitionKey(InboundContactProcess.KEY)
            .taskDefinitionKey(InboundContactProcess.UserTask.AttendInbound.id()).orderByTaskCreateTime().asc(),
        List.of(Map.of("name", InboundContactProcess.CONTACT_CODE.name(), "label", "Contato"),
            Map.of("name", InboundContactProcess.CLIENT_NAME.name(), "label", "Cliente"),
            Map.of("name", InboundContactProcess.INTENT_LABEL.name(), "label", "Intenção"),
            Map.of("name", InboundContactProcess.RULE.name(), "label", "Regra")),
        Roles.SALES, Roles.SUPPORT, Roles.SUPERVISORS);
  }
}
