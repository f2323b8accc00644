package br.com.atende.attendance;

import static br.com.atende.attendance.LeadAttendanceProcess.*;

import br.com.atende.callback.CallbackWindow;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What an agent submitted on AttendLead or CallBack, read from the variables, and the rules of
 * seed 000 on which fields each outcome needs (plus seed 001's action type, when the campaign has them). The callback window itself is the DMN
 * callback-window, reached through {@link CallbackWindow}.
 */
public record AttendanceCompletion(Outcome outcome, String reason, String observation,
    Optional<LocalDateTime> callbackAt, String saleDescription, String conversation, String actionType,
    SpinJsonNode actionTypes) {

  public static AttendanceCompletion from(VariableScope scope) {
    String outcomeCode = trimmed(OUTCOME.from(scope));
    if (outcomeCode == null) {
      throw UserFacingException.badRequest("Informe o resultado do atendimento.");
    }
    Outcome outcome;
    try {
      outcome = Outcome.valueOf(outcomeCode);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badRequest("Resultado do atendimento inválido: " + outcomeCode + ".");
    }
    return new AttendanceCompletion(outcome, trimmed(REASON.from(scope)), trimmed(OBSERVATION.from(scope)),
        BusinessTime.parseLocal(CALLBACK_AT.from(scope)), trimmed(SALE_DESCRIPTION.from(scope)),
        trimmed(CONVERSATION.from(scope)), trimmed(ACTION_TYPE.from(scope)),
        ACTION_SCRIPTS.from(scope) instanceof SpinJsonNode scripts ? scripts : null);
  }

  /** Refuses, with a pt-BR message, a completion that breaks a rule; the task then stays open. */
  public void validate(CallbackWindow window) {
    if (actionTypes != null) {
      if (actionType == null) {
        throw UserFacingException.badRequest("Informe o tipo de ação.");
      }
      if (!actionTypes.hasProp(actionType)) {
        throw UserFacingException.badRequest("Tipo de ação inválido nesta campanha: " + actionType + ".");
      }
    }
    if (outcome.needsReason()) {
      if (reason == null) {
        throw UserFacingException.badRequest("Informe o motivo.");
      }
      if (!outcome.reasons().containsKey(reason)) {
        throw UserFacingException.badRequest("Motivo inválido para este resultado: " + reason + ".");
      }
    }
    switch (outcome) {
      case REFUSED -> require(observation, "Na recusa, descreva em Observações o motivo da recusa.");
      case INCONSISTENT -> {
        if (Outcome.OTHER_REASON.equals(reason)) {
          require(observation, "Com o motivo \"Outro\", descreva em Observações por que a oferta não foi feita.");
        }
      }
      case SCHEDULED -> {
        if (callbackAt.isEmpty()) {
          throw UserFacingException.badRequest("Informe a data e a hora do retorno.");
        }
      }
      case CONTRACTED -> require(saleDescription, "Descreva o produto/venda contratado.");
      default -> { }
    }
    callbackAt.ifPresent(window::check);
  }

  private static void require(String value, String message) {
    if (value == null) {
      throw UserFacingException.badRequest(message);
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
