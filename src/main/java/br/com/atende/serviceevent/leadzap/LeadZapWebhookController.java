package br.com.atende.serviceevent.leadzap;

import br.com.atende.common.Text;
import br.com.atende.serviceevent.ServiceEventService;
import br.com.atende.common.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The provider's webhook (WhatsApp Business Cloud API shape), open to the internet: GET answers the
 * subscription check with hub.challenge when hub.verify_token matches; POST must be signed with the
 * app secret (X-Hub-Signature-256) and carries the clients' messages: a reply to a CONFIRMATION
 * that says yes ("sim", "confirmo", the button CONFIRMAR) from the client's own number confirms
 * that appointment. Outside the demo profile the application does not start without both secrets.
 */
@RestController
@RequestMapping("/api/leadzap/webhook")
public class LeadZapWebhookController {

  private static final Logger LOG = LoggerFactory.getLogger(LeadZapWebhookController.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> YES = Set.of("sim", "s", "confirmo", "confirmar", "confirmado", "ok", "pode confirmar");
  private static final String SIGNATURE_PREFIX = "sha256=";

  private final LeadZapProperties properties;
  private final ServiceEventService service;
  private final LeadZapConversation conversation;

  public LeadZapWebhookController(LeadZapProperties properties, ServiceEventService service,
      LeadZapConversation conversation, Environment environment) {
    this.properties = properties;
    this.service = service;
    this.conversation = conversation;
    if (!environment.acceptsProfiles(Profiles.of("demo"))
        && (properties.appSecret().isBlank() || properties.verifyToken().isBlank())) {
      LOG.error("LeadZap webhook: set atende.leadzap.app-secret (ATENDE_LEADZAP_APP_SECRET, the Meta app secret) and "
          + "atende.leadzap.verify-token (ATENDE_LEADZAP_VERIFY_TOKEN); without them anyone could post replies "
          + "that confirm appointments. Only the demo profile runs without them.");
      throw new IllegalStateException("atende.leadzap.app-secret and atende.leadzap.verify-token are required "
          + "outside the demo profile");
    }
  }

  @GetMapping
  public ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
      @RequestParam(name = "hub.verify_token", required = false) String token,
      @RequestParam(name = "hub.challenge", required = false) String challenge) {
    if ("subscribe".equals(mode) && token != null && !properties.verifyToken().isBlank() && challenge != null
        && MessageDigest.isEqual(properties.verifyToken().getBytes(StandardCharsets.UTF_8),
            token.getBytes(StandardCharsets.UTF_8))) {
      return ResponseEntity.ok(challenge);
    }
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Token de verificação inválido.");
  }

  /** Answers 200 whenever the payload is authentic, or the provider keeps retrying it. */
  @PostMapping
  public ResponseEntity<Map<String, Integer>> receive(@RequestBody(required = false) byte[] body,
      @RequestHeader(value = "X-Hub-Signature-256", required = false) String signature) {
    byte[] payload = body == null ? new byte[0] : body;
    if (!properties.appSecret().isBlank() && !validSignature(payload, signature)) {
      LOG.warn("LeadZap webhook: a post without a valid X-Hub-Signature-256 was refused");
      throw new UserFacingException(HttpStatus.UNAUTHORIZED, "Assinatura do webhook ausente ou inválida.");
    }
    int confirmed = 0;
    for (JsonNode entry : parse(payload).path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        for (JsonNode message : change.path("value").path("messages")) {
          // Kept for the Ficha's Conversa before anything else reads it.
          conversation.receive(message);
          if (confirms(message) && service.confirmByClient(message.path("context").path("id").asText(null),
              message.path("from").asText(null))) {
            confirmed++;
          }
        }
      }
    }
    return ResponseEntity.ok(Map.of("confirmed", confirmed));
  }

  private static JsonNode parse(byte[] payload) {
    try {
      JsonNode notification = JSON.readTree(payload);
      if (notification != null && notification.isObject()) {
        return notification;
      }
    } catch (IOException e) {
      // answered below, as for any other body that is not a notification
    }
    throw UserFacingException.badRequest("Corpo do webhook inválido: esperado o JSON de notificação do WhatsApp.");
  }

  /** What the client wrote or tapped: a text, a template button or an interactive reply; empty for media. */
  static String words(JsonNode message) {
    return switch (message.path("type").asText()) {
      case "text" -> message.path("text").path("body").asText();
      case "button" -> message.path("button").path("text").asText();
      case "interactive" -> message.path("interactive").path("button_reply").path("title")
          .asText(message.path("interactive").path("list_reply").path("title").asText());
      default -> "";
    };
  }

  /** A text, a template button or an interactive button whose words say yes. */
  static boolean confirms(JsonNode message) {
    String normalized = Text.key(Text.key(words(message)).replaceAll("[^a-z ]", " "));
    return YES.contains(normalized) || normalized.startsWith("sim ") || normalized.startsWith("confirmo ");
  }

  private boolean validSignature(byte[] payload, String signature) {
    if (signature == null || !signature.startsWith(SIGNATURE_PREFIX)) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(properties.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return MessageDigest.isEqual(mac.doFinal(payload),
          HexFormat.of().parseHex(signature.substring(SIGNATURE_PREFIX.length())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
