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
import org.junit.jupiter.api.Test;

/**
 * Tasklist speaks pt-BR through our own locale file, which Camunda does not ship: it must have
 * every label of the English locale of the Camunda version on the classpath (a label it lacks
 * shows its key to the agent after an upgrade), and no label of its own that Tasklist never asks for.
 */
class TasklistLocaleTest {

  private static final String ENGLISH = "/META-INF/resources/webjars/camunda/app/tasklist/locales/en.json";
  private static final Path OURS =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/pt-BR.json");

  @Test
  void everyEnglishLabelHasItsPortugueseAndNoOtherOne() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode english;
    try (InputStream in = TasklistLocaleTest.class.getResourceAsStream(ENGLISH)) {
      assertThat(in).as("Camunda's English Tasklist locale on the classpath").isNotNull();
      english = json.readTree(in);
    }
    JsonNode portuguese = json.readTree(Files.readString(OURS));

    assertThat(keys(portuguese.path("labels"))).containsExactlyInAnyOrderElementsOf(keys(english.path("labels")));
    // Blank only where Camunda's own label is (NO_TASK_FORM is).
    portuguese.path("labels").properties().forEach(label -> assertThat(label.getValue().asText().isBlank())
        .as(label.getKey()).isEqualTo(english.path("labels").path(label.getKey()).asText().isBlank()));
  }

  private static List<String> keys(JsonNode labels) {
    List<String> keys = new ArrayList<>();
    labels.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
