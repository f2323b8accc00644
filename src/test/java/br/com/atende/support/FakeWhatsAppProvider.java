package br.com.atende.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A real HTTP server in the test JVM that answers like the WhatsApp Business Cloud API's
 * {@code POST /{phone-number-id}/messages}: it records what LeadZap sent and can be told to fail
 * (HTTP 503) a number of times, or for good, to drive the worker's retries and incidents.
 */
public final class FakeWhatsAppProvider {

  public static final String PHONE_NUMBER_ID = "106540352242922";
  public static final String TOKEN = "test-token";
  /** The app secret that signs the provider's webhook posts, and the token of its subscription check. */
  public static final String APP_SECRET = "test-app-secret";
  public static final String VERIFY_TOKEN = "test-verify-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeWhatsAppProvider instance;

  /** One sent message: who to, the text, and the id the provider gave it. */
  public record Sent(String to, String text, String messageId, String authorization) {}

  private final HttpServer server;
  private final List<Sent> sent = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile boolean down;

  private FakeWhatsAppProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v19.0/" + PHONE_NUMBER_ID + "/messages", this::messages);
    server.start();
  }

  public static synchronized FakeWhatsAppProvider instance() {
    if (instance == null) {
      try {
        instance = new FakeWhatsAppProvider();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v19.0";
  }

  public List<Sent> sent() {
    return List.copyOf(sent);
  }

  public List<Sent> sentTo(String e164) {
    return sent.stream().filter(message -> message.to().equals(e164.replace("+", ""))).toList();
  }

  /** X-Hub-Signature-256 of a webhook body, as the provider signs it with the app secret. */
  public static String signature(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Back to answering every message. */
  public void up() {
    down = false;
    failuresLeft.set(0);
  }

  /** Answers 503 to the next {@code times} messages. */
  public void failNext(int times) {
    failuresLeft.set(times);
  }

  /** Answers 503 to every message until {@link #up()}. */
  public void down() {
    down = true;
  }

  private void messages(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (down || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        reply(exchange, 503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}");
        return;
      }
      JsonNode request = JSON.readTree(body);
      // Unique across runs too: the test database outlives the JVM, and replies find their message by id.
      String id = "wamid.TEST-" + UUID.randomUUID();
      sent.add(new Sent(request.path("to").asText(), request.path("text").path("body").asText(), id,
          exchange.getRequestHeaders().getFirst("Authorization")));
      reply(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + request.path("to").asText()
          + "\",\"wa_id\":\"" + request.path("to").asText() + "\"}],\"messages\":[{\"id\":\"" + id + "\"}]}");
    }
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
