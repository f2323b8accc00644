package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import static br.com.atende.leadattendance.LeadAttendanceProcess.*;
import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.proposal.Situation;
import br.com.atende.proposal.SituationMoves;
import br.com.atende.proposal.SituationMoves.Phase;
import java.time.LocalDateTime;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What an agent submitted on AttendLead or CallBack, read from the variables, and the rules of
 * seed 000 on which fields each outcome needs (plus seed 001's action type, when the campaign has
 * them, and seed 003's "Situação do pedido" of a sale, which the DMN proposal-situation-moves
 * allows). The callback window itself is the DMN callback-window, reached through
 * {@link CallbackWindow}. The callback time is the typed "Data de retorno" or the chosen free slot
 * ("callbackSlot", attend-lead.form's picker), one of them.
 */
public record AttendanceCompletion(Outcome outcome, String reason, String observation,
    Optional<LocalDateTime> callbackAt, String saleDescription, String conversation, String actionType,
    SpinJsonNode actionTypes, String situation, String inconsistentConfirmed) {

  public static AttendanceCompletion from(VariableScope scope) {
    String outcomeCode = blankToNull(OUTCOME.from(scope));
    if (outcomeCode == null) {
      throw UserFacingException.badRequest("Informe o resultado do atendimento.");
    }
    Outcome outcome;
    try {
      outcome = Outcome.valueOf(outcomeCode);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badRequest("Resultado do atendimento inválido: " + outcomeCode + ".");
    }
    Optional<LocalDateTime> typed = BusinessTime.parseLocal(CALLBACK_AT.from(scope));
    Optional<LocalDateTime> slot = BusinessTime.parseLocal(CALLBACK_SLOT.from(scope));
    if (typed.isPresent() && slot.isPresent() && !typed.equals(slot)) {
      throw UserFacingException.badRequest("Escolha um dos horários livres ou informe a data de retorno, não os dois.");
    }
    // A longer text is refused here, not by the database: the columns of lead_attempts and leads,
    // and the engine's 4,000 characters for a string variable (ACT_RU_VARIABLE.TEXT_).
    return new AttendanceCompletion(outcome, blankToNull(REASON.from(scope)),
        requireMaxLength(observation(scope), 4000, "Observações"),
        typed.isPresent() ? typed : slot,
        requireMaxLength(blankToNull(SALE_DESCRIPTION.from(scope)), 2000, "Descrição da venda"),
        requireMaxLength(blankToNull(CONVERSATION.from(scope)), 4000, "Conversa"), blankToNull(ACTION_TYPE.from(scope)),
        ACTION_SCRIPTS.from(scope),
        blankToNull(SITUATION.from(scope)), blankToNull(INCONSISTENT_CONFIRMED.from(scope)));
  }

  /** The form's required Observações when it was shown, else the optional one (an integrator sends this). */
  private static String observation(VariableScope scope) {
    String required = blankToNull(REQUIRED_OBSERVATION.from(scope));
    return required != null ? required : blankToNull(OBSERVATION.from(scope));
  }

  /**
   * Refuses, with a pt-BR message, a completion that breaks a rule; the task then stays open. The
   * callback window is evaluated in the clock of the lead's phone (E.164).
   */
  public void validate(CallbackWindow window, SituationMoves situationMoves, String phone) {
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
    if (observation == null && observationRequired()) {
      throw UserFacingException.badRequest(switch (outcome) {
        case REFUSED -> "Na recusa, descreva em Observações o motivo da recusa.";
        case WHATSAPP_SENT -> "No WhatsApp enviado com data de retorno, descreva em Observações o que foi combinado"
            + " com o cliente.";
        default -> "Com o motivo \"Outro\", descreva em Observações por que a oferta não foi feita.";
      });
    }
    switch (outcome) {
      case INCONSISTENT -> {
        if ("false".equalsIgnoreCase(inconsistentConfirmed)) {
          throw UserFacingException.badRequest("Confirme que o cliente não voltará para a fila para encerrar como"
              + " atendimento inconsistente.");
        }
      }
      case SCHEDULED -> {
        if (callbackAt.isEmpty()) {
          throw UserFacingException.badRequest("Informe a data e a hora do retorno.");
        }
      }
      case CONTRACTED -> {
        require(saleDescription, "Descreva o produto/venda contratado.");
        situationMoves.check(Phase.SALE, null, saleSituation());
      }
      default -> { }
    }
    callbackAt.ifPresent(at -> window.check(at, phone));
  }

  /**
   * Seed 000: a refusal needs its details, a WhatsApp return booked with a date what was agreed
   * (the manual's screen marks "Observações *"), an inconsistent attendance with reason "Outro" why
   * the offer was not made. attend-lead.form shows its required Observações exactly then (AttendLeadFormTest).
   */
  public boolean observationRequired() {
    return switch (outcome) {
      case REFUSED -> true;
      case WHATSAPP_SENT -> callbackAt.isPresent();
      case INCONSISTENT -> Outcome.OTHER_REASON.equals(reason);
      default -> false;
    };
  }

  /** The proposal's first situation; the manual's default is the audit. */
  public String saleSituation() {
    return situation != null ? situation : Situation.PENDING_AUDIT.name();
  }

  private static void require(String value, String message) {
    if (value == null) {
      throw UserFacingException.badRequest(message);
    }
  }
}
