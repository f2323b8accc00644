package br.com.atende.security;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Wrong passwords slow a user's logins down (at most 60 s between tries) but never lock them out for
 * good: the engine's default would lock after 10, and only an admin could unlock, admin included.
 */
@MariaDbIntegrationTest
class LoginThrottleTest {

  static final Instant START = Instant.parse("2026-11-30T13:00:00Z");

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  @AfterEach
  void resetClock() {
    Fixtures.resetClock();
  }

  @Test
  void afterTwelveWrongPasswordsTheRightOneWorksAMinuteLater() throws Exception {
    String user = fixtures.user(fixtures.unique("victim"), List.of(Roles.AGENTS));
    Instant now = START;
    for (int attempt = 1; attempt <= 12; attempt++) {
      Fixtures.moveClock(now);
      assertThat(status(user, "wrong")).as("wrong password #" + attempt).isEqualTo(401);
      // The next try is allowed once the delay (3 s, 6 s, 12 s, ... up to 60 s) has passed.
      now = now.plusSeconds(61);
    }
    Fixtures.moveClock(now.minusSeconds(31));
    assertThat(status(user, user)).as("still within the 60 s delay").isEqualTo(401);

    Fixtures.moveClock(now);
    assertThat(status(user, user)).isEqualTo(200);
  }

  private int status(String user, String password) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .GET().build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
