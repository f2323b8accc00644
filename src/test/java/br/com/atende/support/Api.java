package br.com.atende.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A real HTTP client against the running test server, as an integrator would call it. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient STATELESS = HttpClient.newHttpClient();

  private final HttpClient client;
  private final CookieManager cookies;
  private final String baseUrl;
  private final String user;

  private Api(HttpClient client, CookieManager cookies, String baseUrl, String user) {
    this.client = client;
    this.cookies = cookies;
    this.baseUrl = baseUrl;
    this.user = user;
  }

  /** Calls as {@code user} with HTTP Basic; test users' password is their id. */
  public static Api as(int port, String user) {
    return new Api(STATELESS, null, "http://localhost:" + port, user);
  }

  /** Like {@link #as} but keeping cookies, as a browser keeps its session with the Camunda webapps. */
  public static Api withSession(int port, String user) {
    CookieManager cookies = new CookieManager();
    return new Api(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, "http://localhost:" + port, user);
  }

  /**
   * A browser signed in through the login form: it keeps the session cookie and sends no
   * Authorization header, so every call rides on the session alone.
   */
  public static Api signedIn(int port, String user) {
    CookieManager cookies = new CookieManager();
    Api browser = new Api(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies, "http://localhost:" + port,
        null);
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"")
        .matcher(browser.get("/login").text());
    if (!token.find()) {
      throw new IllegalStateException("No CSRF field on the login page");
    }
    String form = "username=" + user + "&password=" + user + "&" + token.group(1) + "=" + token.group(2);
    Response login = browser.send(browser.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(BodyPublishers.ofString(form)));
    if (login.status() != 302) {
      throw new IllegalStateException("Login as " + user + " answered " + login.status());
    }
    return browser;
  }

  public static Api anonymous(int port) {
    return new Api(STATELESS, null, "http://localhost:" + port, null);
  }

  public record Response(int status, JsonNode body, String text) {

    /**
     * The pt-BR message of a refusal, read only from the one refusal body ({"type": "Refusal",
     * "message": …}) so every test that reads a message also checks the shape /api, /engine-rest
     * and Tasklist share.
     */
    public String message() {
      if (body == null || !"Refusal".equals(body.path("type").asText()) || !body.path("message").isTextual()) {
        return "(not a refusal body: " + text + ")";
      }
      return body.path("message").asText();
    }
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(json(body)));
  }

  /** A POST with extra headers, e.g. a webhook's signature. */
  public Response post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
    headers.forEach(request::header);
    return send(request.POST(json(body)));
  }

  /** Completes a task on /engine-rest, each value sent as {"value": …} as the REST API takes it. */
  public Response completeTask(String taskId, Map<String, ?> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  /** A POST as the Camunda webapps send it: with the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN. */
  public Response webappPost(String path, Object body) {
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    return send(request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
        .POST(json(body)));
  }

  /** A file download (exports): the raw bytes and headers. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return client.send(request(path).GET().build(), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A JSON POST with extra headers (Origin, Referer...), as a page on some site would send it. */
  public Response post(String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder request = request(path).header("Content-Type", "application/json");
    headers.forEach(request::header);
    return send(request.POST(json(body)));
  }

  /** Any request with a raw body and content type, e.g. a wrong method or media type. */
  public Response send(String method, String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).method(method, BodyPublishers.ofString(body)));
  }

  public Response put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  public Response patch(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").method("PATCH", json(body)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** multipart/form-data with one file part, as a browser or curl -F sends it. */
  public Response upload(String path, String field, String fileName, byte[] content) {
    String boundary = "----atende" + UUID.randomUUID();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofByteArray(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (user != null) {
      builder.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private static BodyPublisher json(Object body) {
    try {
      return BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
      JsonNode body = null;
      String text = response.body();
      if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
        body = JSON.readTree(text);
      }
      return new Response(response.statusCode(), body, text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
