package br.com.atende.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static br.com.atende.duplicate.DuplicateRegistrationProcess.Element.*;
import static br.com.atende.duplicate.DuplicateRegistrationProcess.UserTask.*;
import static br.com.atende.support.ProcessEngineExtension.ids;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import br.com.atende.support.ProcessEngineExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** bpmn/duplicate-registration: a repeated CPF/CNPJ opens the central team's task; keeping one record merges the other into it. */
@MariaDbIntegrationTest
class DuplicateRegistrationProcessTest {

  /** Sunday 03:00 in São Paulo: the central team's task does not wait for business hours. */
  static final LocalDateTime SUNDAY_3AM = LocalDateTime.of(2026, 11, 29, 3, 0);

  @RegisterExtension static final ProcessEngineExtension process = new ProcessEngineExtension();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  Api sales;
  String centralUser;
  Api central;

  @BeforeEach
  void setUp() {
    process.clock(SUNDAY_3AM);
    sales = Api.as(port, fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES)));
    centralUser = fixtures.user(fixtures.unique("central"), List.of(Roles.CENTRAL));
    central = Api.as(port, centralUser);
  }

  @Test
  void aNewRecordWithoutARepeatedDocumentOpensNothing() {
    long client = client(fixtures.cpf(), "Única");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DuplicateRegistrationProcess.KEY)
        .variableValueEquals("clientName", "Única").count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from duplicate_registrations where client_id = ?", Integer.class,
        client)).isZero();
  }

  @Test
  void keepingTheNewRecordMergesTheOldOneIntoItAndTakesItOutOfTheSearch() {
    String cpf = fixtures.cpf();
    String name = "Duplicada " + fixtures.unique("Z");
    long existing = client(cpf, name);
    assertThat(sales.post("/api/clients/" + existing + "/interactions", Map.of("channel", "PHONE", "purpose", "SALE",
        "summary", "Vendi a intimação.")).status()).isEqualTo(201);
    assertThat(sales.post("/api/clients/" + existing + "/invoices", Map.of("number", "9", "dueOn", "01/11/2026",
        "amount", "50,00")).status()).isEqualTo(201);
    jdbc.update("insert into vehicles (client_id, plate, model, model_year) values (?, 'ABC1D23', 'Corolla', 2022)",
        existing);
    jdbc.update("insert into sales (client_id, product, description, channel, sold_by, commission_to, commission_rule, "
        + "sold_at) values (?, 'Intimação', 'Plano anual', 'PHONE', 'ana', 'SELLER', 'regra', current_timestamp)", existing);

    long fresh = client(cpf, name + " Filial");
    String code = jdbc.queryForObject("select code from duplicate_registrations where client_id = ?", String.class, fresh);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code)
        .singleResult();
    assertThat(instance).isWaitingAt(TreatDuplicate.id());
    Task task = process.task(code, TreatDuplicate);
    assertThat(task).hasCandidateGroup(Roles.CENTRAL).isNotAssigned().hasName("Tratar cadastro duplicado");
    assertThat((String) runtimeService.getVariable(instance.getId(), "newRecord")).startsWith("Cliente " + fresh + " · ");
    assertThat((String) runtimeService.getVariable(instance.getId(), "existingRecord"))
        .startsWith("Cliente " + existing + " · " + name + " · ");
    assertThat(texts(central.get("/api/clients/" + fresh).body().path("alerts"))).contains(
        "Cadastro duplicado: o CPF/CNPJ já está no cliente " + existing + "; a central de cadastros decide qual ficha fica.");

    // Who and what come from the business key: a completion naming the records is refused, the task stays.
    Response forged = central.completeTask(task.getId(), Map.of("keep", "NEW", "clientId", existing));
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.message()).isEqualTo("A tarefa \"Tratar cadastro duplicado\" não aceita o campo clientId.");
    Response unknown = central.completeTask(task.getId(), Map.of("keep", "BOTH"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.message()).isEqualTo(
        "Ficha a manter (keep): \"BOTH\" não é válido; use um destes valores: NEW, EXISTING.");
    assertThat(Api.as(port, fixtures.user(fixtures.unique("seller"), List.of(Roles.SALES)))
        .completeTask(task.getId(), Map.of("keep", "NEW")).status()).isNotEqualTo(204);
    assertThat(instance).isWaitingAt(TreatDuplicate.id());

    Map<String, Object> completion = new HashMap<>(Map.of("keep", "NEW", "informDuplicate", true,
        "adjustRecord", true, "enableService", true, "onboardingCall", false, "observation", "Cliente avisado por telefone."));
    assertThat(central.completeTask(task.getId(), completion).status()).isEqualTo(204);
    assertThat(instance).hasPassed(ids(MergeRecords, EndEvent_Treated)).isEnded();

    assertThat(jdbc.queryForObject("select merged_into from clients where id = ?", Long.class, existing)).isEqualTo(fresh);
    assertThat(jdbc.queryForObject("select merged_into from clients where id = ?", Long.class, fresh)).isNull();
    for (String table : List.of("interactions", "invoices", "vehicles", "sales")) {
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class, existing))
          .as(table).isZero();
      assertThat(jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class, fresh))
          .as(table).isOne();
    }
    assertThat(jdbc.queryForMap("select status, kept_id, merged_id, checklist, treated_by from duplicate_registrations "
        + "where code = ?", code)).containsEntry("STATUS", "TREATED");

    JsonNode kept = central.get("/api/clients/" + fresh).body();
    assertThat(texts(kept.path("alerts"))).noneMatch(alert -> alert.startsWith("Cadastro duplicado"));
    JsonNode line = null;
    for (JsonNode entry : kept.path("timeline")) {
      if (entry.path("kind").asText().equals("DUPLICATE")) {
        line = entry;
      }
    }
    assertThat(line).isNotNull();
    assertThat(line.path("title").asText()).isEqualTo("Cadastro duplicado tratado pela central: ficha do cliente "
        + fresh + " mantida, a do cliente " + existing + " mesclada nela");
    assertThat(line.path("detail").asText()).isEqualTo("Feito: Habilitar intimação, Informar a duplicidade, "
        + "Ajustar o cadastro. Cliente avisado por telefone.");
    assertThat(line.path("by").asText()).isEqualTo(centralUser);
    assertThat(texts(central.get("/api/clients/" + existing).body().path("alerts")))
        .contains("Ficha mesclada no cliente " + fresh + " pela central de cadastros: use aquela ficha.");

    List<Long> found = new ArrayList<>();
    sales.get("/api/clients?q=" + cpf).body().forEach(client -> found.add(client.path("id").asLong()));
    assertThat(found).containsExactly(fresh);
    // A third record with the CPF is the duplicate of the one kept, not of the merged one.
    long third = client(cpf, name + " Terceira");
    assertThat(jdbc.queryForObject("select duplicate_of from clients where id = ?", Long.class, third)).isEqualTo(fresh);
  }

  @Test
  void keepingTheExistingRecordMergesTheNewOne() {
    String cpf = fixtures.cpf();
    long existing = client(cpf, "Antiga " + fixtures.unique("Y"));
    long fresh = client(cpf, "Nova " + fixtures.unique("Y"));
    sales.post("/api/clients/" + fresh + "/interactions", Map.of("channel", "CHAT", "purpose", "ONBOARDING",
        "summary", "Primeiro contato."));
    String code = jdbc.queryForObject("select code from duplicate_registrations where client_id = ?", String.class, fresh);
    Task task = process.task(code, TreatDuplicate);

    assertThat(central.completeTask(task.getId(), Map.of("keep", "EXISTING")).status()).isEqualTo(204);

    assertThat(jdbc.queryForObject("select merged_into from clients where id = ?", Long.class, fresh)).isEqualTo(existing);
    assertThat(jdbc.queryForObject("select count(*) from interactions where client_id = ?", Integer.class, existing))
        .isOne();
    assertThat(jdbc.queryForObject("select checklist from duplicate_registrations where code = ?", String.class, code))
        .isEmpty();
  }

  private long client(String cpf, String name) {
    Response created = sales.post("/api/clients", Map.of("name", name, "phone", fixtures.uniquePhone(), "cpfCnpj", cpf));
    assertThat(created.status()).isEqualTo(201);
    return created.body().path("id").asLong();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
