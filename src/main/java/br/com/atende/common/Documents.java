package br.com.atende.common;

import br.com.caelum.stella.validation.CNPJValidator;
import br.com.caelum.stella.validation.CPFValidator;
import java.util.regex.Pattern;

/** CPF/CNPJ (check digits, by caelum-stella) and e-mail, as the mailing import and the proposals check them. */
public final class Documents {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private Documents() {}

  /** The digits of a valid CPF (11) or CNPJ (14), punctuation allowed; else null. */
  public static String cpfCnpjDigits(String raw) {
    String digits = raw.replaceAll("\\D", "");
    boolean valid = switch (digits.length()) {
      case 11 -> new CPFValidator(false).invalidMessagesFor(digits).isEmpty();
      case 14 -> new CNPJValidator(false).invalidMessagesFor(digits).isEmpty();
      default -> false;
    };
    return valid ? digits : null;
  }

  public static boolean validEmail(String email) {
    return email.length() <= 200 && EMAIL.matcher(email).matches();
  }
}
