package br.com.atende.serviceevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which WhatsApp replies say yes to a confirmation (text, template button, interactive button). */
class LeadZapWebhookControllerTest {

  @ParameterizedTest(name = "{0} \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "text | Sim | true",
      "text | sim!! | true",
      "text | SIM, confirmo | true",
      "text | Confirmo | true",
      "text | confirmado | true",
      "button | CONFIRMAR | true",
      "interactive | Sim | true",
      "text | Não | false",
      "text | Simone falando | false",
      "text | quero remarcar | false"})
  void confirms(String type, String words, boolean yes) throws Exception {
    String json = switch (type) {
      case "text" -> "{\"type\":\"text\",\"text\":{\"body\":\"" + words + "\"}}";
      case "button" -> "{\"type\":\"button\",\"button\":{\"text\":\"" + words + "\",\"payload\":\"CONFIRMAR\"}}";
      default -> "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"1\",\"title\":\""
          + words + "\"}}}";
    };
    assertThat(LeadZapWebhookController.confirms(new ObjectMapper().readTree(json))).isEqualTo(yes);
  }
}
