package br.com.atende.refusal;

import br.com.atende.common.UserFacingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that decides which failures are refusals the person may read, and with what
 * status: ours (a {@link UserFacingException} anywhere in the causes, as the engine wraps what a
 * listener throws), a permission the engine or Spring denied (403), and two people on one record
 * (409). /api, /engine-rest and Tasklist all ask it, so one refusal reads and counts the same on
 * each.
 */
public final class Refusals {

  public static final String NOT_ALLOWED = "Você não tem permissão para esta operação.";
  public static final String ALREADY_CLAIMED =
      "Esta tarefa já foi assumida por outra pessoa. Recarregue a lista de tarefas.";
  public static final String CHANGED_BY_SOMEONE_ELSE =
      "Este registro foi alterado por outra pessoa enquanto você trabalhava. Recarregue e tente de novo.";

  private Refusals() {}

  /** The refusal {@code error} stands for, or null when it is a failure of ours (a 500). */
  public static UserFacingException of(Throwable error) {
    UserFacingException ours = UserFacingException.findIn(error);
    if (ours != null) {
      return ours;
    }
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      // The engine's own texts name the user, the resource and its ids, in English.
      if (t instanceof AuthorizationException || t instanceof AccessDeniedException) {
        return UserFacingException.forbidden(NOT_ALLOWED);
      }
      if (t instanceof TaskAlreadyClaimedException) {
        return UserFacingException.conflict(ALREADY_CLAIMED);
      }
      if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException) {
        return UserFacingException.conflict(CHANGED_BY_SOMEONE_ELSE);
      }
    }
    return null;
  }
}
