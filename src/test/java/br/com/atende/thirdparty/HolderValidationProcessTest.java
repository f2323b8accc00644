package br.com.atende.thirdparty;

import static br.com.atende.support.ProcessEngineExtension.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import br.com.atende.thirdparty.DataChangeService.NewRequest;
import br.com.atende.thirdparty.DataChangeService.Requested;
import br.com.atende.thirdparty.HolderValidationProcess.Element;
import br.com.atende.thirdparty.HolderValidationProcess.UserTask;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * bpmn/holder-validation/holder-validation.bpmn through the engine on MariaDB: a third party's change
 * of sensitive data waits for the sales team to validate it with the holder, and reaches the record
 * only when the holder confirms. Clock: Monday 30/11/2026 10:00 in São Paulo (ProcessEngineExtension).
 */
@MariaDbIntegrationTest
class HolderValidationProcessTest {

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @Autowired DataChangeService changes;
  @Autowired ClientRegistry registry;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Fixtures fixtures;

  String seller;
  String cpf;
  long clientId;

  @BeforeEach
  void setUp() {
    seller = fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES));
    cpf = fixtures.cpf();
    clientId = registry.register(new NewClient("Escritório Rosa Advogados", fixtures.uniquePhone(), cpf,
        "contato@rosa.adv.br", null, null), seller).getId();
  }

  @Test
  void aConfirmedChangeIsAppliedToTheRecordThroughTheRegistry() {
    Requested requested = changes.request(clientId, new NewRequest("Rosa & Lima Advogados", null,
        "financeiro@rosalima.adv.br", "Maria Souza", "secretária"), process.user(seller));
    assertThat(requested.code()).matches("VT-\\d{6}");
    ProcessInstance pi = instance(requested);
    assertThat(pi).isWaitingAt(UserTask.ValidateWithHolder.id());
    Task task = process.task(requested.code(), UserTask.ValidateWithHolder);
    assertThat(task.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Roles.SALES);
    assertThat(pi).variables().containsEntry("requestedBy", "Maria Souza (secretária)")
        .containsEntry("clientName", "Escritório Rosa Advogados");
    assertThat((String) runtimeService.getVariable(pi.getId(), "requestedChange"))
        .isEqualTo("nome → Rosa & Lima Advogados; e-mail → financeiro@rosalima.adv.br");
    assertThat((String) runtimeService.getVariable(pi.getId(), "currentData")).contains("contato@rosa.adv.br", cpf);
    assertThat(alerts()).anySatisfy(alert -> assertThat(alert).contains("Maria Souza (secretária)",
        "aguarda a validação do titular"));

    assertRefused(() -> process.completeAs(seller, task.getId(), Map.of("holderDecision", "MAYBE",
        "decisionNote", "Liguei")), "Decisão do titular (holderDecision)");
    assertRefused(() -> process.completeAs(seller, task.getId(), Map.of("holderDecision", "CONFIRMED",
        "decisionNote", "...")), "Como o titular foi consultado (decisionNote)");
    assertThat(registry.client(clientId).getName()).isEqualTo("Escritório Rosa Advogados");

    process.completeAs(seller, task.getId(), Map.of("holderDecision", "CONFIRMED", "decisionNote",
        "Liguei para o titular, Dr. Rosa, no telefone da ficha: confirmou a nova razão social e o e-mail."));

    assertThat(pi).hasPassed(ids(Element.Gateway_HolderConfirmed, Element.ApplyDataChange,
        Element.EndEvent_DataChanged)).isEnded();
    Client changed = registry.client(clientId);
    assertThat(changed.getName()).isEqualTo("Rosa & Lima Advogados");
    assertThat(changed.getEmail()).isEqualTo("financeiro@rosalima.adv.br");
    assertThat(changed.getCpfCnpj()).as("what was not asked stays").isEqualTo(cpf);
    DataChangeRequest row = changes.byCode(requested.code());
    assertThat(row.getStatus()).isEqualTo("CONFIRMED");
    assertThat(row.getDecidedBy()).isEqualTo(seller);
    assertThat(timeline()).contains("Alteração de dados pedida por terceiro: Maria Souza (secretária)",
        "Alteração de dados confirmada pelo titular e aplicada", "confirmou a nova razão social");
    assertThat(alerts()).noneMatch(alert -> alert.contains("aguarda a validação do titular"));
  }

  @Test
  void aRefusedChangeLeavesTheRecordAsItWas() {
    String otherCpf = fixtures.cpf();
    Requested requested = changes.request(clientId, new NewRequest(null, otherCpf, null, "João Lima",
        "sócio"), process.user(seller));
    ProcessInstance pi = instance(requested);
    process.completeAs(seller, process.task(requested.code(), UserTask.ValidateWithHolder).getId(),
        Map.of("holderDecision", "REFUSED", "decisionNote", "O titular não reconhece o pedido; o CPF fica como está."));

    assertThat(pi).hasPassed(ids(Element.EndEvent_ChangeRefused)).hasNotPassed(Element.ApplyDataChange.id())
        .isEnded();
    assertThat(registry.client(clientId).getCpfCnpj()).isEqualTo(cpf);
    assertThat(changes.byCode(requested.code()).getStatus()).isEqualTo("REFUSED");
    assertThat(timeline()).contains("Alteração de dados recusada pelo titular", "não reconhece o pedido");
  }

  private ProcessInstance instance(Requested requested) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(requested.processInstanceId()).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<String> alerts() {
    return (List<String>) registry.view(clientId, process.user(seller)).get("alerts");
  }

  private String timeline() {
    return registry.view(clientId, process.user(seller)).get("timeline").toString();
  }

  private static void assertRefused(Runnable action, String message) {
    assertThatThrownBy(action::run).satisfies(error -> {
      UserFacingException refusal = UserFacingException.findIn(error);
      assertThat(refusal).as("a refusal in " + error).isNotNull();
      assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refusal.getMessage()).contains(message);
    });
  }
}
