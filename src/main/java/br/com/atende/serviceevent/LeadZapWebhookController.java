package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's webhook (WhatsApp Business Cloud API shape). GET answers the subscription check
 * with hub.challenge. POST carries the clients' messages: a reply to a CONFIRMATION that says yes
 * ("sim", "confirmo", the button CONFIRMAR) confirms that appointment (message AppointmentConfirmed).
 */
@RestController
@RequestMapping("/api/leadzap/webhook")
public class LeadZapWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(LeadZapWebhookController.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> YES = Set.of("sim", "s", "confirmo", "confirmar", "confirmado", "ok", "pode confirmar");

  private final LeadZapProperties properties;
  private final LeadZapDispatchRepository dispatches;
  private final ServiceEventRepository events;
  private final RuntimeService runtimeService;

  public LeadZapWebhookController(LeadZapProperties properties, LeadZapDispatchRepository dispatches,
      ServiceEventRepository events, RuntimeService runtimeService) {
    this.properties = properties;
    this.dispatches = dispatches;
    this.events = events;
    this.runtimeService = runtimeService;
  }

  @GetMapping
  public ResponseEntity<String> verify(@RequestParam("hub.mode") String mode,
      @RequestParam("hub.verify_token") String token, @RequestParam("hub.challenge") String challenge) {
    if ("subscribe".equals(mode) && properties.verifyToken().equals(token)) {
      return ResponseEntity.ok(challenge);
    }
    return ResponseEntity.status(403).body("Token de verificação inválido.");
  }

  /** Answers 200 whenever the payload is authentic, or the provider keeps retrying it. */
  @PostMapping
  @Transactional
  public ResponseEntity<Map<String, Integer>> receive(@RequestBody String body,
      @RequestHeader(value = "X-Hub-Signature-256", required = false) String signature) throws IOException {
    if (!properties.appSecret().isBlank() && !validSignature(body, signature)) {
      throw UserFacingException.forbidden("Assinatura do webhook inválida.");
    }
    int confirmed = 0;
    for (JsonNode entry : JSON.readTree(body).path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        for (JsonNode message : change.path("value").path("messages")) {
          if (confirms(message)) {
            confirmed += confirm(message);
          }
        }
      }
    }
    return ResponseEntity.ok(Map.of("confirmed", confirmed));
  }

  private int confirm(JsonNode message) {
    String repliedTo = message.path("context").path("id").asText(null);
    Optional<LeadZapDispatch> confirmation = Optional.ofNullable(repliedTo)
        .flatMap(dispatches::findFirstByProviderMessageId)
        .filter(dispatch -> dispatch.getKind() == LeadZapDispatch.Kind.CONFIRMATION);
    if (confirmation.isEmpty()) {
      LOG.info("LeadZap: a 'yes' from {} that answers no confirmation of ours", message.path("from").asText());
      return 0;
    }
    ServiceEvent event = events.findById(confirmation.get().getEventId()).orElseThrow();
    Map<String, Object> variables = new HashMap<>();
    EVENT_ACTION.put(variables, EventAction.CONFIRM.name());
    OBSERVATION.put(variables, "Confirmado pelo cliente no WhatsApp.");
    try {
      runtimeService.createMessageCorrelation(MESSAGE_APPOINTMENT_CONFIRMED)
          .processInstanceBusinessKey(event.getCode())
          .setVariables(variables)
          .correlate();
      return 1;
    } catch (MismatchingMessageCorrelationException e) {
      LOG.info("LeadZap: {} was no longer waiting for a confirmation", event.getCode());
      return 0;
    }
  }

  /** A text, a template button or an interactive button whose words say yes. */
  static boolean confirms(JsonNode message) {
    String text = switch (message.path("type").asText()) {
      case "text" -> message.path("text").path("body").asText();
      case "button" -> message.path("button").path("text").asText();
      case "interactive" -> message.path("interactive").path("button_reply").path("title").asText();
      default -> "";
    };
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim().replaceAll("\\s+", " ");
    return YES.contains(normalized) || normalized.startsWith("sim ") || normalized.startsWith("confirmo ");
  }

  private boolean validSignature(String body, String signature) {
    if (signature == null || !signature.startsWith("sha256=")) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(properties.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.substring("sha256=".length())));
    } catch (Exception e) {
      return false;
    }
  }
}
