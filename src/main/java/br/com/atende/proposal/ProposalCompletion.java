package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Documents;
import br.com.atende.lead.Phones;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What a user submitted on a proposal task, read from the variables and checked: the situation and
 * why, and, where the task may edit (pendency, maintenance), the client's data, product and phones.
 * Whether the situation may be chosen here is the DMN's call ({@link SituationMoves}).
 */
public record ProposalCompletion(String situation, CancelReason cancelReason, String observation, Edit edit) {

  /** The editable data, already normalised (CPF/CNPJ digits, phones in E.164). */
  public record Edit(String clientName, String cpfCnpj, String email, String address, String product,
      List<PhoneEntry> phones) {}

  public record PhoneEntry(ProposalPhone.Type type, String phone, ProposalPhone.Status status) {}

  public static ProposalCompletion from(VariableScope scope, boolean editable) {
    String reasonCode = trimmed(CANCEL_REASON.from(scope));
    CancelReason reason = CancelReason.parse(reasonCode);
    if (reasonCode != null && reason == null) {
      throw UserFacingException.badRequest("Motivo de cancelamento inválido: " + reasonCode + ".");
    }
    return new ProposalCompletion(trimmed(SITUATION.from(scope)), reason, trimmed(OBSERVATION.from(scope)),
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
    String name = trimmed(CLIENT_NAME.from(scope));
    if (name == null) {
      throw UserFacingException.badRequest("Informe o nome do cliente.");
    }
    if (name.length() > 200) {
      throw UserFacingException.badRequest("Nome do cliente com mais de 200 caracteres.");
    }
    String rawDocument = trimmed(CPF_CNPJ.from(scope));
    String cpfCnpj = rawDocument == null ? null : Documents.cpfCnpjDigits(rawDocument);
    if (rawDocument != null && cpfCnpj == null) {
      throw UserFacingException.badRequest("CPF/CNPJ inválido: " + rawDocument + ".");
    }
    String email = trimmed(EMAIL.from(scope));
    if (email != null && !Documents.validEmail(email)) {
      throw UserFacingException.badRequest("E-mail inválido: " + email + ".");
    }
    String address = trimmed(ADDRESS.from(scope));
    if (address != null && address.length() > 300) {
      throw UserFacingException.badRequest("Endereço com mais de 300 caracteres.");
    }
    String product = trimmed(PRODUCT.from(scope));
    if (product == null) {
      throw UserFacingException.badRequest("Descreva o produto vendido.");
    }
    if (product.length() > 2000) {
      throw UserFacingException.badRequest("Produto com mais de 2000 caracteres.");
    }
    return new Edit(name, cpfCnpj, email, address, product, phones(scope));
  }

  private static List<PhoneEntry> phones(VariableScope scope) {
    List<PhoneEntry> phones = new ArrayList<>();
    if (!(PHONES.from(scope) instanceof SpinJsonNode list) || !list.isArray()) {
      return phones;
    }
    int position = 0;
    for (SpinJsonNode item : list.elements()) {
      position++;
      String ddd = text(item, "ddd");
      String number = text(item, "number");
      if (ddd == null && number == null) {
        continue;
      }
      String which = "Telefone " + position;
      ProposalPhone.Type type = parse(ProposalPhone.Type.class, text(item, "phoneType"));
      if (type == null) {
        throw UserFacingException.badRequest(which + ": informe o tipo (Celular, Comercial, Outros ou Residencial).");
      }
      if (ddd == null || !ddd.matches("\\d{2}")) {
        throw UserFacingException.badRequest(which + ": o DDD tem 2 dígitos.");
      }
      String phone = number == null ? null : Phones.toE164("(" + ddd + ") " + number).orElse(null);
      if (phone == null) {
        throw UserFacingException.badRequest(which + ": número inválido para o DDD " + ddd + ".");
      }
      ProposalPhone.Status status = parse(ProposalPhone.Status.class, text(item, "status"));
      String finalPhone = phone;
      if (phones.stream().anyMatch(p -> p.phone().equals(finalPhone))) {
        throw UserFacingException.badRequest(which + ": " + Phones.display(phone) + " já está na lista.");
      }
      phones.add(new PhoneEntry(type, phone, status == null ? ProposalPhone.Status.NOT_CALLED : status));
    }
    return phones;
  }

  private static String text(SpinJsonNode item, String property) {
    if (!item.hasProp(property) || item.prop(property).isNull()) {
      return null;
    }
    SpinJsonNode value = item.prop(property);
    return trimmed(value.isString() ? value.stringValue() : value.toString());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String code) {
    try {
      return code == null ? null : Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
