package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * A refused task completion, claim or deployment on /engine-rest answers with its status (400, 403,
 * 409: see {@link Refusals}) and our pt-BR message instead of the engine's 500 ("ENGINE-03051 ...
 * <message>"); everything else keeps the engine's own mapping.
 */
@Component
public class EngineRestErrors extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(UserFacingRestExceptionHandler.class);
    register(UserFacingEngineExceptionHandler.class);
    register(UserFacingExceptionHandler.class);
  }

  /** Our refusal as a JSON answer with its status (400, 403...), like the engine's own errors. */
  static Response refusal(UserFacingException refusal) {
    return Response.status(refusal.status().value())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(RefusalBody.of(refusal.getMessage()))
        .build();
  }

  @Priority(1)
  public static class UserFacingRestExceptionHandler extends RestExceptionHandler {

    @Override
    public Response toResponse(RestException exception) {
      UserFacingException refusal = Refusals.of(exception);
      return refusal == null ? super.toResponse(exception) : refusal(refusal);
    }
  }

  /** Calls the REST layer does not wrap, such as a claim refused by a task's assignment listener. */
  @Priority(1)
  public static class UserFacingEngineExceptionHandler extends ProcessEngineExceptionHandler {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      UserFacingException refusal = Refusals.of(exception);
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
