package br.com.atende.inbound;

import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;
import static br.com.atende.common.Text.saysNothing;
import static br.com.atende.inbound.InboundContactProcess.*;

import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the agent submitted on AttendInbound, read from the variables and checked for what each
 * outcome needs. The contact (its client, intent, product) comes from the row, never from here.
 */
record InboundCompletion(Outcome outcome, String product, String saleDescription, String note, String clientAnswer,
    boolean discount, boolean fromDispatchCampaign) {

  static InboundCompletion from(VariableScope scope, InboundContact contact, boolean askClientAnswer) {
    String raw = blankToNull(OUTCOME.from(scope));
    Outcome outcome = Codes.parse(Outcome.class, raw);
    if (outcome == null) {
      throw UserFacingException.badRequest((raw == null ? "Resultado (inboundOutcome): escolha o que foi feito."
          : "Resultado (inboundOutcome) inválido: " + raw + ".")
          + " Use SOLD, QUOTE_SENT, HANDED_TO_SALES ou RESOLVED.");
    }
    String note = requireMaxLength(blankToNull(NOTE.from(scope)), 3000, "O que foi feito (note)");
    if ((outcome == Outcome.RESOLVED || note != null) && saysNothing(note)) {
      throw UserFacingException.badRequest("O que foi feito (note): registre o atendimento, nunca só \"...\", "
          + "\"[...]\" ou \"-\". Ex.: dúvida de uso resolvida, cliente orientado a emitir a 2ª via do boleto.");
    }
    // Pre-filled with the contact's product; the agent may say what was really sold or quoted.
    String product = requireMaxLength(blankToNull(PRODUCT.from(scope)), 200, "Produto/serviço (product)");
    if (product == null) {
      product = contact.getProduct();
    }
    boolean sells = outcome == Outcome.SOLD || outcome == Outcome.QUOTE_SENT;
    if (sells && saysNothing(product)) {
      throw UserFacingException.badRequest("Produto/serviço (product): informe o produto ou serviço "
          + (outcome == Outcome.SOLD ? "vendido." : "do orçamento; o agendamento de retorno pede que seja especificado."));
    }
    String sale = requireMaxLength(blankToNull(SALE_DESCRIPTION.from(scope)), 2000, "Descrição da venda (saleDescription)");
    if (outcome == Outcome.SOLD && saysNothing(sale)) {
      throw UserFacingException.badRequest("Descrição da venda (saleDescription): informe o que foi vendido.");
    }
    String answer = requireMaxLength(blankToNull(CLIENT_ANSWER.from(scope)), 2000, "Resposta do cliente (clientAnswer)");
    if (askClientAnswer && outcome != Outcome.HANDED_TO_SALES && saysNothing(answer)) {
      throw UserFacingException.badRequest("Resposta do cliente (clientAnswer): o cliente foi inativado manualmente; "
          + "registre a resposta dele, mesmo que negativa. Ex.: \"Não tenho interesse na contratação neste momento.\"");
    }
    return new InboundCompletion(outcome, sells ? product : null, outcome == Outcome.SOLD ? sale : null, note,
        answer, outcome == Outcome.SOLD && isTrue(scope.getVariable(DISCOUNT.name())),
        outcome == Outcome.SOLD && isTrue(scope.getVariable(FROM_DISPATCH_CAMPAIGN.name())));
  }

  /** A checkbox sends a boolean; /engine-rest may send "true". */
  private static boolean isTrue(Object value) {
    return value != null && Boolean.parseBoolean(String.valueOf(value));
  }
}
