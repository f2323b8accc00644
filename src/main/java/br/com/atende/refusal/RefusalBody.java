package br.com.atende.refusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** The body of a refusal on the engine's REST roots, in the engine REST's own error shape. */
public final class RefusalBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RefusalBody() {}

  public static Map<String, String> of(String message) {
    return Map.of("type", "Refusal", "message", message);
  }

  /** Writes the refusal as the whole answer of a servlet filter. */
  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(of(message)));
  }
}
