package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignProcess;
import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.StartProcessVariableScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploys models, not code: the attack of a timer that makes its author an admin is
 * refused on /engine-rest with a pt-BR 400, expressions see only the application's delegates, and
 * the owner's grants do not reach other people's instances.
 */
@MariaDbIntegrationTest
class DeploymentBoundaryTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngineConfigurationImpl configuration;

  @ParameterizedTest
  @ValueSource(strings = {
      "${identityService.createMembership('%s','camunda-admin')}",
      "${execution.processEngineServices.identityService.createMembership('%s','camunda-admin')}"})
  void aTimerThatMakesItsAuthorAnAdminIsRefusedAndNothingRuns(String expression) {
    String owner = fixtures.user(fixtures.unique("fabio"), List.of(Roles.PROCESS_OWNERS));
    String key = fixtures.unique("takeover").replace("-", "");
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://x">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R1/PT15S</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="grant" />
            <bpmn:serviceTask id="grant" camunda:expression="%s" />
            <bpmn:sequenceFlow id="f2" sourceRef="grant" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, expression.formatted(owner));

    Api.Response answer = Api.as(port, owner).upload("/engine-rest/deployment/create", "takeover.bpmn",
        "takeover.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));

    assertThat(answer.status()).as(answer.text()).isEqualTo(400);
    assertThat(answer.message()).startsWith("O arquivo takeover.bpmn tem a expressão ${")
        .endsWith("as expressões só podem ler variáveis e nomear os delegates da aplicação.");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).count()).isZero();
    assertThat(identityService.createUserQuery().userId(owner).memberOfGroup(Roles.ADMIN).count()).isZero();
  }

  @Test
  void expressionsSeeTheApplicationsDelegatesAndNoOtherBean() {
    assertThat(evaluate("${closeCampaignDelegate}")).isNotNull();
    assertThatThrownBy(() -> evaluate("${identityService}")).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("identityService");
    assertThatThrownBy(() -> evaluate("${campaignRepository}")).isInstanceOf(ProcessEngineException.class);
  }

  @Test
  void aProcessOwnerReadsInstancesButCannotChangeTheirVariables() {
    String owner = fixtures.user(fixtures.unique("fabio"), List.of(Roles.PROCESS_OWNERS));
    Campaign campaign = fixtures.campaign(List.of(fixtures.store()), 1);
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(CampaignProcess.KEY)
        .processInstanceBusinessKey(campaign.getCode()).singleResult().getId();
    Api api = Api.as(port, owner);

    assertThat(api.get("/engine-rest/process-instance/" + instanceId + "/variables").status()).isEqualTo(200);
    Api.Response put = api.put("/engine-rest/process-instance/" + instanceId + "/variables/campaignCode",
        Map.of("value", "OUTRA", "type", "String"));

    assertThat(put.status()).as(put.text()).isEqualTo(403);
    assertThat(runtimeService.getVariable(instanceId, "campaignCode")).isEqualTo(campaign.getCode());
  }

  private Object evaluate(String expression) {
    return configuration.getCommandExecutorTxRequired().execute(context -> configuration.getExpressionManager()
        .createExpression(expression).getValue(StartProcessVariableScope.getSharedInstance()));
  }
}
