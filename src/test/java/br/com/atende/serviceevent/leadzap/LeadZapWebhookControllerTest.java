package br.com.atende.serviceevent.leadzap;

import br.com.atende.serviceevent.ServiceEventService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which WhatsApp replies say yes to a confirmation (text, template button, interactive button), whose
 * number a sender is, and that the webhook needs its secrets outside the demo.
 */
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

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "none", value = {
      "5562981112233, +5562981112233",
      // WhatsApp's wa_id of an older Brazilian mobile lacks the ninth digit: the same line.
      "556281112233, +5562981112233",
      "+55 (62) 98111-2233, +5562981112233",
      "14155550100, none",
      "123, none"})
  void theSendersNumberInE164(String waId, String e164) {
    assertThat(ServiceEventService.whatsappE164(waId)).isEqualTo(java.util.Optional.ofNullable(e164));
  }

  @Test
  void outsideTheDemoTheWebhookDoesNotStartWithoutTheAppSecretAndTheVerifyToken() {
    LeadZapProperties unsigned = new LeadZapProperties("http://localhost/v19.0", "1", "token", "", "", false, 1, 1);
    LeadZapProperties noToken = new LeadZapProperties("http://localhost/v19.0", "1", "token", "", "secret", false, 1, 1);
    assertThatThrownBy(() -> new LeadZapWebhookController(unsigned, null, null, new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("atende.leadzap.app-secret");
    assertThatThrownBy(() -> new LeadZapWebhookController(noToken, null, null, new MockEnvironment()))
        .isInstanceOf(IllegalStateException.class);
    MockEnvironment demo = new MockEnvironment();
    demo.setActiveProfiles("demo");
    assertThatCode(() -> new LeadZapWebhookController(unsigned, null, null, demo)).doesNotThrowAnyException();
  }
}
