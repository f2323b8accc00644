package br.com.atende.serviceevent.leadzap;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.serviceevent.ServiceEventService;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Seed 004's "Conversa": what LeadZap sent a client and what the client answered on WhatsApp. The
 * webhook keeps each message from a number of one of our clients (others are not ours to keep);
 * the Ficha reads both sides in order.
 */
@Service
public class LeadZapConversation {

  /** WhatsApp's limit for a text message; longer bodies are cut to the column. */
  static final int MAX_BODY = 4096;
  private static final Logger LOG = LoggerFactory.getLogger(LeadZapConversation.class);

  /** One line of the conversation: OUT from LeadZap, IN from the client. */
  public record Line(String at, String direction, String who, String text, String eventCode, String kind) {}

  private final LeadZapReplyRepository replies;
  private final LeadZapDispatchRepository dispatches;
  private final ClientRepository clients;

  public LeadZapConversation(LeadZapReplyRepository replies, LeadZapDispatchRepository dispatches,
      ClientRepository clients) {
    this.replies = replies;
    this.dispatches = dispatches;
    this.clients = clients;
  }

  /**
   * Keeps a message of a Cloud API notification when it comes from a client's number, once per
   * provider message id (the provider retries notifications). Answers whether it was kept.
   */
  public boolean receive(JsonNode message) {
    String id = message.path("id").asText("");
    Optional<String> from = ServiceEventService.whatsappE164(message.path("from").asText(null));
    if (id.isBlank() || id.length() > 200 || from.isEmpty()
        || clients.findByPhoneAndMergedIntoIsNullOrderById(from.get()).isEmpty()) {
      return false;
    }
    if (replies.existsByProviderMessageId(id)) {
      return false;
    }
    String text = LeadZapWebhookController.words(message);
    String type = message.path("type").asText("unknown");
    String body = text.isBlank() ? standIn(type) : text;
    String repliedTo = message.path("context").path("id").asText(null);
    try {
      replies.saveAndFlush(new LeadZapReply(id, from.get(), type.length() > 20 ? type.substring(0, 20) : type,
          body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body,
          repliedTo == null || repliedTo.length() > 200 ? null : repliedTo, sentAt(message)));
      return true;
    } catch (DataIntegrityViolationException e) {
      LOG.info("LeadZap: message {} was already kept by a concurrent notification", id);
      return false;
    }
  }

  /** The dispatches sent for these events of the client and the client's replies, oldest first. */
  public List<Line> of(Client client, Map<Long, String> eventCodes) {
    List<Sortable> lines = new ArrayList<>();
    List<LeadZapDispatch> sent = eventCodes.isEmpty() ? List.of() : dispatches.findByEventIdInOrderById(eventCodes.keySet());
    for (LeadZapDispatch dispatch : sent) {
      if (dispatch.getStatus() == LeadZapDispatch.Status.SENT) {
        lines.add(new Sortable(dispatch.getSentAt(), new Line(BusinessTime.formatBrazilian(dispatch.getSentAt()), "OUT",
            "LeadZap", dispatch.getMessage(), eventCodes.get(dispatch.getEventId()), dispatch.getKind().label())));
      }
    }
    for (LeadZapReply reply : replies.findByFromPhoneOrderByReceivedAtAscIdAsc(client.getPhone())) {
      lines.add(new Sortable(reply.getReceivedAt(), new Line(BusinessTime.formatBrazilian(reply.getReceivedAt()), "IN",
          client.getName(), reply.getBody(), null, null)));
    }
    return lines.stream().sorted(Comparator.comparing(Sortable::at)).map(Sortable::line).toList();
  }

  private record Sortable(Instant at, Line line) {}

  /** WhatsApp's "timestamp" (Unix seconds) when present and sane, else the time it reached us. */
  private static Instant sentAt(JsonNode message) {
    String seconds = message.path("timestamp").asText("");
    Instant now = BusinessTime.now();
    if (seconds.matches("\\d{1,12}")) {
      Instant at = Instant.ofEpochSecond(Long.parseLong(seconds));
      if (!at.isAfter(now.plusSeconds(300))) {
        return at;
      }
    }
    return now;
  }

  private static String standIn(String type) {
    return switch (type) {
      case "image" -> "[imagem]";
      case "audio" -> "[áudio]";
      case "video" -> "[vídeo]";
      case "document" -> "[documento]";
      case "sticker" -> "[figurinha]";
      case "location" -> "[localização]";
      case "contacts" -> "[contato]";
      default -> "[mensagem sem texto]";
    };
  }
}
