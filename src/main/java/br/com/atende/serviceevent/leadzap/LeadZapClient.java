package br.com.atende.serviceevent.leadzap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends one WhatsApp text through the provider: {@code POST {base-url}/{phone-number-id}/messages}
 * with {@code Authorization: Bearer <token>}, as the WhatsApp Business Cloud API takes it; answers
 * the provider's message id. Any failure is an exception with what the provider said.
 */
@Component
public class LeadZapClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** The longest one send can take before it fails: what the worker's lock is computed from. */
  static final Duration WORST_CALL = CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT);

  private final LeadZapProperties properties;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  public LeadZapClient(LeadZapProperties properties) {
    this.properties = properties;
  }

  public String sendText(String e164Phone, String text) throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(Map.of(
        "messaging_product", "whatsapp",
        "recipient_type", "individual",
        "to", e164Phone.replace("+", ""),
        "type", "text",
        "text", Map.of("preview_url", false, "body", text)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl().replaceAll("/+$", "") + "/"
            + properties.phoneNumberId() + "/messages"))
        .timeout(REQUEST_TIMEOUT)
        .header("Authorization", "Bearer " + properties.token())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      String answer = response.body() == null ? "" : response.body();
      throw new IOException("Provedor de WhatsApp respondeu " + response.statusCode() + ": "
          + (answer.length() > 300 ? answer.substring(0, 300) : answer));
    }
    JsonNode id = JSON.readTree(response.body()).path("messages").path(0).path("id");
    if (id.isMissingNode() || id.asText().isBlank()) {
      throw new IOException("Provedor de WhatsApp não devolveu o id da mensagem: " + response.body());
    }
    return id.asText();
  }
}
