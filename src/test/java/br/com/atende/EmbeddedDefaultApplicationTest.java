package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as the README's run command starts it: embedded H2, profile "demo" by default,
 * demo users and campaigns. ana logs in once and works a lead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:atende-default;DB_CLOSE_DELAY=-1")
class EmbeddedDefaultApplicationTest {

  @LocalServerPort int port;

  @Test
  void anaLogsInOnceAndSeesTasklistAndWorksADemoLead() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String loginPage = browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(loginPage).contains("Usuário", "Senha", "Entrar");
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
    assertThat(csrf.find()).isTrue();

    // Not ana: the engine throttles a user's logins for a few seconds after a wrong password.
    HttpResponse<String> wrong = browser.send(login("bruno", "nope", csrf.group(1)), HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).contains("error"));
    HttpResponse<String> login = browser.send(login("ana", "ana", csrf.group(1)), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).doesNotContain("error"));

    // The same session opens Tasklist as ana, no second login.
    assertThat(browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(200);
    String me = browser.send(get("/camunda/api/admin/auth/user/default"), HttpResponse.BodyHandlers.ofString()).body();
    assertThat(me).contains("\"userId\":\"ana\"").contains("tasklist");
    String filters = browser.send(get("/camunda/api/engine/engine/default/filter"), HttpResponse.BodyHandlers.ofString())
        .body();
    assertThat(filters).contains("Meus atendimentos", "Meus retornos");

    Api ana = Api.as(port, "ana");
    JsonNode stores = ana.get("/api/stores").body();
    assertThat(stores.findValuesAsText("code")).containsExactly("001", "002");
    JsonNode campaigns = ana.get("/api/stores/001/campaigns").body();
    assertThat(campaigns.get(0).path("leadsLeft").asInt()).isPositive();

    JsonNode pulled = ana.post("/api/attendances/next",
        Map.of("storeCode", "001", "campaignCode", campaigns.get(0).path("code").asText())).body();
    String taskId = pulled.path("taskId").asText();
    // The demo campaign has action types (seed 001), so the type comes first.
    Response noType = ana.completeTask(taskId, Map.of("outcome", "NO_ANSWER"));
    assertThat(noType.status()).isEqualTo(400);
    assertThat(noType.message()).isEqualTo("Informe o tipo de ação.");
    Response noReason = ana.completeTask(taskId, Map.of("actionType", "LIGACAO", "outcome", "NO_ANSWER"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.message()).isEqualTo("Informe o motivo.");
    assertThat(ana.completeTask(taskId, Map.of("actionType", "LIGACAO", "outcome", "NO_ANSWER", "reason", "BUSY"))
        .status()).isEqualTo(204);

    JsonNode lead = ana.get("/api/leads/" + pulled.path("leadId").asLong()).body();
    assertThat(lead.path("status").asText()).isEqualTo("QUEUED");
    assertThat(lead.path("history").get(0).path("reason").asText()).isEqualTo("BUSY");
    // The demo's SART campaign says, at any hour, what its queue holds (contact policy).
    Response posNorte = ana.get("/api/campaigns/POS-NORTE/queue-status?store=002");
    assertThat(posNorte.status()).isEqualTo(200);
    assertThat(posNorte.body().path("ready").asInt() + posNorte.body().path("held").size()).isPositive();

    // Seed 002's demo: gabriel's follow-ups and clients, carla's team view with one waiting for validation.
    Api gabriel = Api.as(port, "gabriel");
    assertThat(gabriel.get("/api/follow-ups/mine").body().findValuesAsText("product")).contains("Intimação eletrônica");
    JsonNode almeida = gabriel.get("/api/clients?q=almeida").body();
    assertThat(almeida.findValuesAsText("name")).containsExactly("Almeida & Rocha Advogados");
    JsonNode record = gabriel.get("/api/clients/" + almeida.get(0).path("id").asLong()).body();
    assertThat(record.path("openFollowUps").get(0).path("typeLabel").asText()).isEqualTo("#venda/tratativas com contato");
    assertThat(record.path("timeline").findValuesAsText("link")).contains("https://atende-demo.bitrix24.com.br/crm/deal/details/101");
    Api carla = Api.as(port, "carla");
    assertThat(carla.get("/api/follow-ups").body().findValuesAsText("status")).contains("OPEN", "PENDING_VALIDATION");
    assertThat(carla.get("/api/follow-ups?status=EXPIRED").body().findValuesAsText("product"))
        .contains("Treinamento avançado");
    assertThat(carla.get("/api/sales").body().findValuesAsText("commissionTo")).containsExactly("SELLER");
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
  }

  private HttpRequest login(String user, String password, String csrf) {
    String form = "username=" + user + "&password=" + password + "&_csrf="
        + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
  }
}
