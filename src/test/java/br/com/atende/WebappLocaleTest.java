package br.com.atende;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tasklist (agents) and Cockpit (supervisors) speak pt-BR through our own locale files, which Camunda
 * does not ship: each must have every label of the English locale of the Camunda version on the
 * classpath (a label it lacks shows its key after an upgrade), and no label of its own that the
 * webapp never asks for; and the webapp's config must offer only pt-BR.
 */
class WebappLocaleTest {

  private static final String WEBAPPS = "META-INF/resources/webjars/camunda/app/";

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit"})
  void everyEnglishLabelHasItsPortugueseAndNoOtherOne(String app) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode english;
    try (InputStream in = WebappLocaleTest.class.getResourceAsStream("/" + WEBAPPS + app + "/locales/en.json")) {
      assertThat(in).as("Camunda's English " + app + " locale on the classpath").isNotNull();
      english = json.readTree(in);
    }
    JsonNode portuguese = json.readTree(Files.readString(ours(app, "locales/pt-BR.json")));

    assertThat(keys(portuguese.path("labels"))).containsExactlyInAnyOrderElementsOf(keys(english.path("labels")));
    // Blank only where Camunda's own label is (Tasklist's NO_TASK_FORM is).
    portuguese.path("labels").properties().forEach(label -> assertThat(label.getValue().asText().isBlank())
        .as(label.getKey()).isEqualTo(english.path("labels").path(label.getKey()).asText().isBlank()));
    assertThat(portuguese.path("dateLocales").path("months").get(0).asText()).isEqualTo("janeiro");
    assertThat(Files.readString(ours(app, "scripts/config.js")))
        .containsPattern("availableLocales: \\['pt-BR'\\],\\s+fallbackLocale: 'pt-BR'");
  }

  private static Path ours(String app, String file) {
    return Path.of("src/main/resources/" + WEBAPPS + app + "/" + file);
  }

  private static List<String> keys(JsonNode labels) {
    List<String> keys = new ArrayList<>();
    labels.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
