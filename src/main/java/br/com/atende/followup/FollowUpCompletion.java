package br.com.atende.followup;

import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;
import static br.com.atende.common.Text.saysNothing;
import static br.com.atende.followup.FollowUpProcess.*;

import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the owner submitted on FollowUpClient, read from the variables and checked for what each action needs. */
record FollowUpCompletion(Action action, String observation, LocalDate newDueOn, String saleDescription) {

  static FollowUpCompletion from(VariableScope scope) {
    String raw = blankToNull(FOLLOW_UP_ACTION.from(scope));
    Action action = Codes.parse(Action.class, raw);
    if (action == null) {
      throw UserFacingException.badRequest(raw == null
          ? "Ação (followUpAction): escolha Concluir, Renovar ou Vendido."
          : "Ação (followUpAction) inválida: " + raw + ". Use CONCLUDE, RENEW ou SOLD.");
    }
    String observation = requireMaxLength(blankToNull(OBSERVATION.from(scope)), 4000, "Observação (observation)");
    String sale = requireMaxLength(blankToNull(SALE_DESCRIPTION.from(scope)), 2000,
        "Descrição da venda (saleDescription)");
    if ((action == Action.CONCLUDE || observation != null) && saysNothing(observation)) {
      throw UserFacingException.badRequest("Observação (observation): registre o que você fez, nunca só \"...\", "
          + "\"[...]\" ou \"-\". Ex.: concluindo agendamento, cliente já contratou com outro fornecedor.");
    }
    if (action == Action.SOLD && saysNothing(sale)) {
      throw UserFacingException.badRequest("Descrição da venda (saleDescription): informe o que foi vendido.");
    }
    LocalDate newDueOn = action == Action.RENEW
        ? FollowUpDeadlines.parseDate(NEW_DUE_ON.from(scope), "Novo prazo (newDueOn)") : null;
    return new FollowUpCompletion(action, observation, newDueOn, action == Action.SOLD ? sale : null);
  }

  /** A supervisor's decision on ValidateFollowUp: a rejection says why. */
  record Validation(Decision decision, String note) {

    static Validation from(VariableScope scope) {
      return of(VALIDATION_DECISION.from(scope), VALIDATION_NOTE.from(scope));
    }

    static Validation of(String rawDecision, String rawNote) {
      String raw = blankToNull(rawDecision);
      Decision decision = Codes.parse(Decision.class, raw);
      if (decision == null) {
        throw UserFacingException.badRequest(raw == null
            ? "Decisão (validationDecision): escolha Aprovar ou Rejeitar."
            : "Decisão (validationDecision) inválida: " + raw + ". Use APPROVE ou REJECT.");
      }
      String note = requireMaxLength(blankToNull(rawNote), 4000, "Justificativa (validationNote)");
      if (decision == Decision.REJECT && saysNothing(note)) {
        throw UserFacingException.badRequest("Justificativa (validationNote): diga por que o agendamento foi rejeitado.");
      }
      return new Validation(decision, note);
    }
  }
}
