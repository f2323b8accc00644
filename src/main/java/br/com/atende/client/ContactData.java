package br.com.atende.client;

import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.common.Documents;
import br.com.atende.common.Phones;

/** A client's name and contacts, checked and normalised (phone in E.164, CPF/CNPJ digits), for creating and editing. */
public record ContactData(String name, String phone, String cpfCnpj, String email) {

  public static ContactData check(String name, String phone, String cpfCnpj, String email) {
    if (name == null || name.isBlank()) {
      throw UserFacingException.badRequest("Informe o nome do cliente.");
    }
    String e164 = Phones.toE164(phone).orElseThrow(() -> UserFacingException.badRequest(
        "Telefone inválido: " + phone + " (informe DDD e número)."));
    String digits = null;
    if (cpfCnpj != null && !cpfCnpj.isBlank()) {
      digits = Documents.cpfCnpjDigits(cpfCnpj);
      if (digits == null) {
        throw UserFacingException.badRequest("CPF/CNPJ inválido: " + cpfCnpj + ".");
      }
    }
    String mail = Text.blankToNull(email);
    if (mail != null && !Documents.validEmail(mail)) {
      throw UserFacingException.badRequest("E-mail inválido: " + mail + ".");
    }
    return new ContactData(name.trim(), e164, digits, mail);
  }
}
