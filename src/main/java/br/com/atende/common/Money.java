package br.com.atende.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Reais as people write and read them: "R$ 1.234,56". */
public final class Money {

  private static final BigDecimal MAX = new BigDecimal("9999999999.99");

  private Money() {}

  /** "R$ 1.234,56" (a plain space: the JDK's pt-BR currency format puts a non-breaking one). */
  public static String format(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pt-BR")));
    return "R$ " + format.format(amount);
  }

  /**
   * "1.234,56", "R$ 350,00", "350" or a JSON number (350.5): with a comma, dots group thousands;
   * without one, a dot is the decimal point. At most two decimals; a pt-BR 400 naming the field
   * when absent, not a number or negative.
   */
  public static BigDecimal parse(String text, String fieldLabel) {
    String value = Text.blankToNull(text);
    if (value == null) {
      throw UserFacingException.badRequest(fieldLabel + ": informe o valor em reais (ex.: 1.234,56).");
    }
    String plain = value.replace("R$", "").replace("\u00A0", "").replace(" ", "");
    if (plain.contains(",")) {
      if (!plain.matches("-?\\d{1,3}(\\.\\d{3})*,\\d{1,2}|-?\\d+,\\d{1,2}")) {
        throw notAnAmount(value, fieldLabel);
      }
      plain = plain.replace(".", "").replace(',', '.');
    } else if (!plain.matches("-?\\d+(\\.\\d{1,2})?")) {
      throw notAnAmount(value, fieldLabel);
    }
    BigDecimal amount = new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
    if (amount.signum() < 0) {
      throw UserFacingException.badRequest(fieldLabel + ": o valor não pode ser negativo (foi " + value + ").");
    }
    if (amount.compareTo(MAX) > 0) {
      throw UserFacingException.badRequest(fieldLabel + ": valor alto demais (" + value + ").");
    }
    return amount;
  }

  private static UserFacingException notAnAmount(String value, String fieldLabel) {
    return UserFacingException.badRequest(fieldLabel + ": \"" + value + "\" não é um valor em reais; use 1.234,56 ou "
        + "1234.56 (no máximo dois decimais).");
  }
}
