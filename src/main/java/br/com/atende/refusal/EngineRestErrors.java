package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * A refused task completion, claim or deployment on /engine-rest answers 400 with our pt-BR message instead of the
 * engine's 500 ("ENGINE-03051 ... <message>"), and a claim or change that lost a race 409;
 * everything else keeps the engine's own mapping.
 */
@Component
public class EngineRestErrors extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(UserFacingRestExceptionHandler.class);
    register(UserFacingEngineExceptionHandler.class);
    register(UserFacingExceptionHandler.class);
  }

  static final String NOT_ALLOWED = "Você não tem permissão para esta operação.";

  /** Our refusal as a JSON answer with its status (400, 403...), like the engine's own errors. */
  static Response refusal(UserFacingException refusal) {
    return Response.status(refusal.status().value())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(RefusalBody.of(refusal.getMessage()))
        .build();
  }

  /**
   * Two people on one task: a claim of a task someone else holds, or a change that lost the race.
   * The engine answers 500 with its English text and ids; this is a 409 the person understands.
   */
  static UserFacingException race(Throwable error) {
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof TaskAlreadyClaimedException) {
        return UserFacingException.conflict(ApiExceptionHandler.ALREADY_CLAIMED);
      }
      if (t instanceof OptimisticLockingException) {
        return UserFacingException.conflict(ApiExceptionHandler.CHANGED_BY_SOMEONE_ELSE);
      }
    }
    return null;
  }

  static UserFacingException ours(Throwable error) {
    UserFacingException refusal = UserFacingException.findIn(error);
    if (refusal != null) {
      return refusal;
    }
    // The engine's own "no permission" names the user, the resource and its id, in English.
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof AuthorizationException) {
        return UserFacingException.forbidden(NOT_ALLOWED);
      }
    }
    return race(error);
  }

  @Priority(1)
  public static class UserFacingRestExceptionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      UserFacingException refusal = ours(exception);
      return refusal == null ? super.toResponse(exception) : refusal(refusal);
    }
  }

  /** Calls the REST layer does not wrap, such as a claim refused by a task's assignment listener. */
  @Priority(1)
  public static class UserFacingEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      UserFacingException refusal = ours(exception);
      return refusal == null ? super.toResponse(exception) : refusal(refusal);
    }
  }

  /** Our refusal thrown as itself through the engine, such as a deployment refused by ModelSafety. */
  @Priority(1)
  public static class UserFacingExceptionHandler implements ExceptionMapper<UserFacingException> {

    @Override
    public Response toResponse(UserFacingException refusal) {
      return refusal(refusal);
    }
  }
}
