package br.com.atende.training;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.security.Roles;
import br.com.atende.support.Api;
import br.com.atende.support.Api.Response;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trainings over HTTP: the support team publishes slots, the client teams book clients into them; a
 * full shift is a pt-BR 409 (also when sellers race for the last seat), bad input a pt-BR 400 naming
 * the field that stores nothing, a store's agent a 403. Clock: Monday 30/11/2026 10:00 in São Paulo.
 */
@MariaDbIntegrationTest
class TrainingApiTest {

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired JdbcTemplate jdbc;

  String trainer;
  Api support;
  Api seller;

  @BeforeEach
  void setUp() {
    Fixtures.setClock(Fixtures.MONDAY_10AM);
    trainer = fixtures.user(fixtures.unique("igor"), List.of(Roles.SUPPORT));
    support = Api.as(port, trainer);
    seller = Api.as(port, fixtures.user(fixtures.unique("gabriel"), List.of(Roles.SALES)));
  }

  @AfterEach
  void tearDown() {
    Fixtures.resetClock();
  }

  @Test
  void badInputIsRefusedInPortugueseNamingTheFieldAndStoresNothing() {
    int slotsBefore = count("training_slots");
    assertRefused(support.post("/api/trainings/slots", slot(null, "MORNING", 5)), 400, "Dia (day)");
    assertRefused(support.post("/api/trainings/slots", slot("31/02/2026", "MORNING", 5)), 400, "Dia (day)");
    assertRefused(support.post("/api/trainings/slots", slot("2026-11-27", "MORNING", 5)), 400, "Dia (day)");
    assertRefused(support.post("/api/trainings/slots", slot("2026-12-03", "NIGHT", 5)), 400, "Turno (shift)");
    assertRefused(support.post("/api/trainings/slots", slot("2026-12-03", "MORNING", 0)), 400, "Vagas (capacity)");
    assertRefused(support.post("/api/trainings/slots", slot("2026-12-03", "MORNING", null)), 400, "Vagas (capacity)");
    Map<String, Object> notSupport = slot("2026-12-03", "MORNING", 5);
    notSupport.put("trainer", "nobody-" + fixtures.unique("x"));
    assertRefused(support.post("/api/trainings/slots", notSupport), 400, "Quem dá o treinamento (trainer)");
    assertThat(support.post("/api/trainings/slots", "not json", Map.of()).status()).isEqualTo(400);
    assertThat(count("training_slots")).isEqualTo(slotsBefore);

    String code = publish("2026-12-03", "MORNING", 5);
    int bookingsBefore = count("training_bookings");
    assertRefused(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of()), 400, "Cliente (clientId)");
    assertRefused(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", 987654321)), 404,
        "Cliente 987654321");
    assertRefused(seller.post("/api/trainings/slots/TR-999999/bookings", Map.of("clientId", client())), 404,
        "Treinamento TR-999999");
    assertRefused(seller.get("/api/trainings/slots?from=2026-12-10&to=2026-12-01"), 400, "Até (to)");
    assertRefused(seller.get("/api/trainings/slots?from=ontem"), 400, "De (from)");
    assertThat(count("training_bookings")).isEqualTo(bookingsBefore);
  }

  @Test
  void onlyTheSupportTeamOrASupervisorPublishesAndAStoreAgentMayNotBook() {
    Api agent = Api.as(port, fixtures.agent(fixtures.store()));
    Map<String, Object> request = slot("2026-12-04", "AFTERNOON", 3);
    request.put("trainer", trainer);
    assertRefused(agent.post("/api/trainings/slots", request), 403, "suporte");
    assertRefused(seller.post("/api/trainings/slots", request), 403, "suporte");
    assertThat(Api.anonymous(port).post("/api/trainings/slots", request).status()).isEqualTo(401);

    Api supervisor = Api.as(port, fixtures.user(fixtures.unique("carla"), List.of(Roles.SUPERVISORS)));
    Response published = supervisor.post("/api/trainings/slots", request);
    assertThat(published.status()).isEqualTo(201);
    String code = published.body().path("code").asText();
    assertRefused(supervisor.post("/api/trainings/slots", request), 409, "já tem treinamento publicado");

    long client = client();
    assertRefused(agent.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", client)), 403,
        "comercial");
    assertThat(agent.get("/api/trainings/slots").status()).isEqualTo(403);
    Api central = Api.as(port, fixtures.user(fixtures.unique("julia"), List.of(Roles.CENTRAL)));
    assertThat(central.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", client)).status())
        .isEqualTo(201);
  }

  @Test
  void aFullShiftADoubleBookingAndAPastDayAreRefusedAndTheListShowsFreeSeats() {
    String code = publish("2026-12-03", "MORNING", 2);
    long first = client();
    long second = client();
    Response booked = seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", first));
    assertThat(booked.status()).isEqualTo(201);
    assertThat(booked.body().path("freeSeats").asInt()).isEqualTo(1);
    assertRefused(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", first)), 409,
        "já está agendado");
    assertThat(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", second)).status())
        .isEqualTo(201);
    assertRefused(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", client())), 409,
        "Turno lotado");

    JsonNode listed = find(seller.get("/api/trainings/slots?from=2026-12-03&to=2026-12-03").body(), code);
    assertThat(listed.path("shiftLabel").asText()).isEqualTo("Manhã");
    assertThat(listed.path("capacity").asInt()).isEqualTo(2);
    assertThat(listed.path("booked").asInt()).isEqualTo(2);
    assertThat(listed.path("freeSeats").asInt()).isZero();
    assertThat(listed.path("trainer").asText()).isEqualTo(trainer);

    JsonNode record = seller.get("/api/clients/" + first).body();
    assertThat(record.path("timeline").toString()).contains("Treinamento agendado para 03/12/2026 (manhã) com " + trainer);

    // Unbooked before the day, the seat is free again; the day after, the slot is in the past.
    assertThat(seller.delete("/api/trainings/slots/" + code + "/bookings/" + first)
        .status()).isEqualTo(204);
    assertThat(seller.get("/api/clients/" + first).body().path("timeline").toString())
        .contains("Treinamento de 03/12/2026 (manhã) desmarcado");
    assertThat(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", first)).status())
        .isEqualTo(201);
    Fixtures.setClock(LocalDateTime.of(2026, 12, 3, 3, 0));
    assertRefused(seller.delete("/api/trainings/slots/" + code + "/bookings/" + first),
        409, "só é possível desmarcar antes do dia");
    Fixtures.setClock(LocalDateTime.of(2026, 12, 4, 10, 0));
    assertRefused(seller.post("/api/trainings/slots/" + code + "/bookings", Map.of("clientId", client())), 400,
        "Dia (day)");
  }

  @Test
  void sellersRacingForTheLastSeatGetItOnceAndTheOthersAreToldTheShiftIsFull() throws Exception {
    String code = publish("2026-12-05", "MORNING", 1);
    List<Long> clients = List.of(client(), client(), client(), client());
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (long client : clients) {
        Callable<Response> booking = () -> seller.post("/api/trainings/slots/" + code + "/bookings",
            Map.of("clientId", client));
        answers.add(pool.submit(booking));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> answer : answers) {
        statuses.add(answer.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training_bookings b JOIN training_slots s ON s.id = b.slot_id "
        + "WHERE s.code = ? AND b.cancelled_at IS NULL", Integer.class, code)).isOne();
  }

  private String publish(String day, String shift, int capacity) {
    Response published = support.post("/api/trainings/slots", slot(day, shift, capacity));
    assertThat(published.status()).as(published.text()).isEqualTo(201);
    return published.body().path("code").asText();
  }

  private static Map<String, Object> slot(String day, String shift, Integer capacity) {
    Map<String, Object> slot = new HashMap<>();
    slot.put("day", day);
    slot.put("shift", shift);
    slot.put("capacity", capacity);
    return slot;
  }

  private long client() {
    Response created = seller.post("/api/clients", Map.of("name", "Escritório " + fixtures.unique("Cliente"),
        "phone", fixtures.uniquePhone()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.body().path("id").asLong();
  }

  private static JsonNode find(JsonNode list, String code) {
    for (JsonNode slot : list) {
      if (slot.path("code").asText().equals(code)) {
        return slot;
      }
    }
    throw new AssertionError(code + " not listed in " + list);
  }

  private int count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
  }

  private static void assertRefused(Response response, int status, String message) {
    assertThat(response.status()).as(response.text()).isEqualTo(status);
    assertThat(response.message()).contains(message);
  }
}
