package br.com.atende.common;

import org.springframework.http.HttpStatus;

/** A refusal whose message (pt-BR) is meant for the person who asked: it reaches them verbatim. */
public class UserFacingException extends RuntimeException {

  private final HttpStatus status;

  public UserFacingException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public static UserFacingException badRequest(String message) {
    return new UserFacingException(HttpStatus.BAD_REQUEST, message);
  }

  public static UserFacingException notFound(String message) {
    return new UserFacingException(HttpStatus.NOT_FOUND, message);
  }

  public static UserFacingException forbidden(String message) {
    return new UserFacingException(HttpStatus.FORBIDDEN, message);
  }

  public static UserFacingException conflict(String message) {
    return new UserFacingException(HttpStatus.CONFLICT, message);
  }

  public HttpStatus status() {
    return status;
  }

  /** Our refusal somewhere in the cause chain (the engine wraps listener exceptions). */
  public static UserFacingException findIn(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UserFacingException found) {
        return found;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
