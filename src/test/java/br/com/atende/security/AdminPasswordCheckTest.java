package br.com.atende.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Without a real admin password the application refuses to start, except in the demo. */
class AdminPasswordCheckTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "${ATENDE_ADMIN_PASSWORD}"})
  void outsideTheDemoAMissingPasswordStopsTheStart(String password) {
    assertThatThrownBy(() -> check("mysql", password)).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("ATENDE_ADMIN_PASSWORD must be set outside the demo profile");
  }

  @Test
  void aRealPasswordOrTheDemoProfileStarts() {
    assertThatCode(() -> check("mysql", "s3cret")).doesNotThrowAnyException();
    assertThatCode(() -> check("demo", "${ATENDE_ADMIN_PASSWORD}")).doesNotThrowAnyException();
  }

  private static void check(String profile, String password) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(profile);
    environment.setProperty("camunda.bpm.admin-user.id", "admin");
    if (password != null) {
      environment.setProperty("camunda.bpm.admin-user.password", password);
    }
    new AdminPasswordCheck(environment).check();
  }
}
