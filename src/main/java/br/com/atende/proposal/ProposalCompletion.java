package br.com.atende.proposal;

import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;
import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import br.com.atende.common.Documents;
import br.com.atende.common.Phones;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a user submitted on a proposal task, read from the variables and checked: the situation and
 * why, and, where the task may edit (pendency, maintenance), the client's data, product, a new phone
 * and the result of a call.
 * Whether the situation may be chosen here is the DMN's call ({@link SituationMoves}).
 */
public record ProposalCompletion(String situation, CancelReason cancelReason, String observation, Edit edit) {

  /** The editable data, already normalised (CPF/CNPJ digits, phones in E.164). */
  public record Edit(String clientName, String cpfCnpj, String email, String address, String product,
      PhoneEntry newPhone, Dial dial) {}

  public record PhoneEntry(ProposalPhone.Type type, String phone) {}

  public record Dial(String phone, ProposalPhone.Status result) {}

  public static ProposalCompletion from(VariableScope scope, boolean editable) {
    String reasonCode = blankToNull(CANCEL_REASON.from(scope));
    CancelReason reason = Codes.parse(CancelReason.class, reasonCode);
    if (reasonCode != null && reason == null) {
      throw UserFacingException.badRequest("Motivo de cancelamento inválido: " + reasonCode + ".");
    }
    return new ProposalCompletion(blankToNull(SITUATION.from(scope)), reason,
        requireMaxLength(blankToNull(OBSERVATION.from(scope)), 4000, "Observação"),
        editable ? edit(scope) : null);
  }

  /** Refuses, in pt-BR, what the chosen situation needs and is missing. */
  public void requireWhatTheSituationNeeds(Situation chosen) {
    if (chosen.isCancelled()) {
      if (cancelReason == null) {
        throw UserFacingException.badRequest("Para cancelar, informe o motivo do cancelamento.");
      }
      if (observation == null) {
        throw UserFacingException.badRequest("Para cancelar, descreva em Observação o que foi encontrado.");
      }
    }
    if (chosen == Situation.RETURNED_TO_OPERATOR && observation == null) {
      throw UserFacingException.badRequest("Ao devolver ao operador, descreva em Observação o que está pendente.");
    }
  }

  private static Edit edit(VariableScope scope) {
    String name = blankToNull(CLIENT_NAME.from(scope));
    if (name == null) {
      throw UserFacingException.badRequest("Informe o nome do cliente.");
    }
    if (name.length() > 200) {
      throw UserFacingException.badRequest("Nome do cliente com mais de 200 caracteres.");
    }
    String rawDocument = blankToNull(CPF_CNPJ.from(scope));
    String cpfCnpj = rawDocument == null ? null : Documents.cpfCnpjDigits(rawDocument);
    if (rawDocument != null && cpfCnpj == null) {
      throw UserFacingException.badRequest("CPF/CNPJ inválido: " + rawDocument + ".");
    }
    String email = requireMaxLength(blankToNull(EMAIL.from(scope)), 200, "E-mail");
    if (email != null && !Documents.validEmail(email)) {
      throw UserFacingException.badRequest("E-mail inválido: " + email + ".");
    }
    String address = blankToNull(ADDRESS.from(scope));
    if (address != null && address.length() > 300) {
      throw UserFacingException.badRequest("Endereço com mais de 300 caracteres.");
    }
    String product = blankToNull(PRODUCT.from(scope));
    if (product == null) {
      throw UserFacingException.badRequest("Descreva o produto vendido.");
    }
    if (product.length() > 2000) {
      throw UserFacingException.badRequest("Produto com mais de 2000 caracteres.");
    }
    return new Edit(name, cpfCnpj, email, address, product, newPhone(scope), dial(scope));
  }

  /** Seed 003 "Inserir telefone": type, DDD and number, all or none. */
  private static PhoneEntry newPhone(VariableScope scope) {
    String rawType = blankToNull(NEW_PHONE_TYPE.from(scope));
    String ddd = blankToNull(NEW_PHONE_DDD.from(scope));
    String number = blankToNull(NEW_PHONE_NUMBER.from(scope));
    if (rawType == null && ddd == null && number == null) {
      return null;
    }
    ProposalPhone.Type type = Codes.parse(ProposalPhone.Type.class, rawType);
    if (type == null) {
      throw UserFacingException.badRequest("Novo telefone: informe o tipo (Celular, Comercial, Outros ou Residencial).");
    }
    if (ddd == null || !ddd.matches("\\d{2}")) {
      throw UserFacingException.badRequest("Novo telefone: o DDD tem 2 dígitos.");
    }
    String phone = number == null ? null : Phones.toE164("(" + ddd + ") " + number).orElse(null);
    if (phone == null) {
      throw UserFacingException.badRequest("Novo telefone: número inválido para o DDD " + ddd + ".");
    }
    return new PhoneEntry(type, phone);
  }

  /** Seed 003 "Discar": which phone was called and how it went. */
  private static Dial dial(VariableScope scope) {
    String phone = blankToNull(DIALED_PHONE.from(scope));
    String rawResult = blankToNull(DIAL_RESULT.from(scope));
    if (phone == null && rawResult == null) {
      return null;
    }
    ProposalPhone.Status result = Codes.parse(ProposalPhone.Status.class, rawResult);
    if (phone == null || result == null || result == ProposalPhone.Status.NOT_CALLED) {
      throw UserFacingException.badRequest("Ligação: informe o telefone discado e o resultado.");
    }
    return new Dial(phone, result);
  }

}
