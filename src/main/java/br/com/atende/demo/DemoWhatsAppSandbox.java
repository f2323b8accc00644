package br.com.atende.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only with the demo profile: a stand-in WhatsApp provider at /demo/whatsapp, so LeadZap's dispatches
 * go green on a machine with no WhatsApp account. It logs each message and answers like the Cloud
 * API; the real worker and HTTP call are the ones production uses.
 */
@RestController
@Profile("demo")
public class DemoWhatsAppSandbox {

  private static final Logger LOG = LoggerFactory.getLogger(DemoWhatsAppSandbox.class);

  @PostMapping("/demo/whatsapp/v19.0/{phoneNumberId}/messages")
  public Map<String, Object> send(@PathVariable String phoneNumberId, @RequestBody Map<String, Object> message) {
    // Unique across restarts and nodes: a reply names the message it answers by this id.
    String id = "wamid.DEMO-" + UUID.randomUUID();
    LOG.info("Demo WhatsApp → {}: {} ({})", message.get("to"), message.get("text"), id);
    return Map.of("messaging_product", "whatsapp",
        "contacts", List.of(Map.of("input", message.get("to"), "wa_id", message.get("to"))),
        "messages", List.of(Map.of("id", id)));
  }
}
