package br.com.atende.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the application's "mysql" profile at the test database, and LeadZap at the test's WhatsApp provider. */
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
        "ATENDE_DB_URL=" + MariaDbTestDatabase.url(),
        "ATENDE_DB_USER=" + MariaDbTestDatabase.user(),
        "ATENDE_DB_PASSWORD=" + MariaDbTestDatabase.password(),
        "ATENDE_DB_DIALECT=org.hibernate.dialect.MariaDBDialect",
        "atende.leadzap.base-url=" + FakeWhatsAppProvider.instance().baseUrl(),
        "atende.leadzap.phone-number-id=" + FakeWhatsAppProvider.PHONE_NUMBER_ID,
        "atende.leadzap.token=" + FakeWhatsAppProvider.TOKEN,
        "atende.leadzap.app-secret=" + FakeWhatsAppProvider.APP_SECRET,
        "atende.leadzap.verify-token=" + FakeWhatsAppProvider.VERIFY_TOKEN,
        "atende.leadzap.retry-millis=0").applyTo(context);
  }
}
