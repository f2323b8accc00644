package br.com.atende.mailing;

import br.com.atende.common.Documents;
import br.com.atende.common.Phones;
import java.util.Locale;
import java.util.Set;

/** Checks one mailing row; the result is either a lead to insert or a pt-BR message for the row. */
public final class LeadRowValidator {

  private static final Set<String> UFS = Set.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT",
      "MS", "MG", "PA", "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

  private final Set<String> campaignStores;

  public LeadRowValidator(Set<String> campaignStores) {
    this.campaignStores = campaignStores;
  }

  public record NewLead(int line, String name, String phone, String phone2, String address, String city, String uf,
      String cpfCnpj, String email, String storeCode) {}

  public sealed interface Result permits Valid, Invalid {}

  public record Valid(NewLead lead) implements Result {}

  public record Invalid(int line, String message) implements Result {}

  public Result check(MailingRow row) {
    String name = row.get("nome");
    if (name == null) {
      return new Invalid(row.line(), "Nome não informado.");
    }
    if (name.length() > 200) {
      return new Invalid(row.line(), "Nome com mais de 200 caracteres.");
    }
    String rawPhone = row.get("telefone");
    if (rawPhone == null) {
      return new Invalid(row.line(), "Telefone não informado.");
    }
    String phone = Phones.toE164(rawPhone).orElse(null);
    if (phone == null) {
      return new Invalid(row.line(), "Telefone inválido: " + rawPhone + " (informe DDD e número).");
    }
    String phone2 = null;
    String rawPhone2 = row.get("telefone2");
    if (rawPhone2 != null) {
      phone2 = Phones.toE164(rawPhone2).orElse(null);
      if (phone2 == null) {
        return new Invalid(row.line(), "Telefone 2 inválido: " + rawPhone2 + ".");
      }
    }
    String cpfCnpj = null;
    String rawDocument = row.get("cpf_cnpj");
    if (rawDocument != null) {
      cpfCnpj = Documents.cpfCnpjDigits(rawDocument);
      if (cpfCnpj == null) {
        return new Invalid(row.line(), "CPF/CNPJ inválido: " + rawDocument + ".");
      }
    }
    String email = row.get("email");
    if (email != null && email.length() > 200) {
      return new Invalid(row.line(), "E-mail com mais de 200 caracteres.");
    }
    if (email != null && !Documents.validEmail(email)) {
      return new Invalid(row.line(), "E-mail inválido: " + email + ".");
    }
    String uf = row.get("uf");
    if (uf != null) {
      uf = uf.toUpperCase(Locale.ROOT);
      if (!UFS.contains(uf)) {
        return new Invalid(row.line(), "UF inválida: " + row.get("uf") + ".");
      }
    }
    String store = row.get("loja");
    if (store != null && !campaignStores.contains(store)) {
      return new Invalid(row.line(), "A loja " + store + " não participa desta campanha.");
    }
    String address = row.get("endereco");
    if (address != null && address.length() > 300) {
      return new Invalid(row.line(), "Endereço com mais de 300 caracteres.");
    }
    String city = row.get("cidade");
    if (city != null && city.length() > 120) {
      return new Invalid(row.line(), "Cidade com mais de 120 caracteres.");
    }
    return new Valid(new NewLead(row.line(), name, phone, phone2, address, city, uf, cpfCnpj, email, store));
  }
}
