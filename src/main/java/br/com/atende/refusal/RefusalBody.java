package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * The one body of every refusal and error we answer, on /api, /engine-rest and Tasklist's engine
 * API alike: {"type": "Refusal", "message": "<pt-BR>"}. "type" is there because the engine REST's
 * own errors have it and its clients (Tasklist among them) read "type" and "message".
 */
public record RefusalBody(String type, String message) {

  public static final String TYPE = "Refusal";
  private static final ObjectMapper JSON = new ObjectMapper();

  public static RefusalBody of(String message) {
    return new RefusalBody(TYPE, message);
  }

  /** Writes the refusal, with its status, as the whole answer of a servlet filter. */
  public static void write(HttpServletResponse response, UserFacingException refusal) throws IOException {
    response.setStatus(refusal.status().value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(of(refusal.getMessage())));
  }
}
