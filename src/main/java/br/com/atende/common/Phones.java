package br.com.atende.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Brazilian phone numbers: validated and stored as E.164, shown in national format. */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private Phones() {}

  /** E.164 of a valid Brazilian number ("(62) 99999-0000", "62999990000", "+55 62 ..."), else empty. */
  public static Optional<String> toE164(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), "BR");
      if (number.getCountryCode() != 55 || !UTIL.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  /** Whether an E.164 number is a mobile (celular) one. */
  public static boolean isMobile(String e164) {
    try {
      return UTIL.getNumberType(UTIL.parse(e164, "BR")) == PhoneNumberUtil.PhoneNumberType.MOBILE;
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** "(62) 99999-0000" for an E.164 number. */
  public static String display(String e164) {
    if (e164 == null) {
      return null;
    }
    try {
      return UTIL.format(UTIL.parse(e164, "BR"), PhoneNumberFormat.NATIONAL);
    } catch (NumberParseException e) {
      return e164;
    }
  }
}
