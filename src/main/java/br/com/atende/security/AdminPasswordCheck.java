package br.com.atende.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile the engine does not start without a real admin password: unset,
 * ATENDE_ADMIN_PASSWORD would make admin's password the literal text "${ATENDE_ADMIN_PASSWORD}".
 * A plugin, so the check runs before the engine creates the admin user.
 */
@Component
public class AdminPasswordCheck extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AdminPasswordCheck.class);
  static final String MISSING = "ATENDE_ADMIN_PASSWORD must be set outside the demo profile: "
      + "camunda.bpm.admin-user.password is missing, blank or an unresolved placeholder";

  private final Environment environment;

  public AdminPasswordCheck(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    check();
  }

  void check() {
    if (!environment.containsProperty("camunda.bpm.admin-user.id") || environment.acceptsProfiles(Profiles.of("demo"))) {
      return;
    }
    // Read here, not from the bound properties: without a password the starter silently uses the id.
    String password;
    try {
      password = environment.getProperty("camunda.bpm.admin-user.password");
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      password = null;
    }
    if (password == null || password.isBlank() || password.contains("${")) {
      LOG.error(MISSING);
      throw new IllegalStateException(MISSING);
    }
  }
}
