package br.com.atende.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Brazilian phone numbers: validated and stored as E.164, shown in national format. */
public final class Phones {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
  private static final ZoneId NORONHA = ZoneId.of("America/Noronha");
  private static final ZoneId RECIFE = ZoneId.of("America/Recife");
  private static final Pattern CITY_STATE = Pattern.compile(" - ([A-Z]{2})$");
  /** The geocoder names a state when it knows no city; the contact rules speak of its UF. */
  private static final Map<String, String> UF_OF_STATE = Map.ofEntries(
      Map.entry("Acre", "AC"), Map.entry("Alagoas", "AL"), Map.entry("Amapá", "AP"), Map.entry("Amazonas", "AM"),
      Map.entry("Bahia", "BA"), Map.entry("Ceará", "CE"), Map.entry("Distrito Federal", "DF"),
      Map.entry("Espírito Santo", "ES"), Map.entry("Goiás", "GO"), Map.entry("Maranhão", "MA"),
      Map.entry("Mato Grosso", "MT"), Map.entry("Mato Grosso do Sul", "MS"), Map.entry("Minas Gerais", "MG"),
      Map.entry("Pará", "PA"), Map.entry("Paraiba", "PB"), Map.entry("Paraíba", "PB"), Map.entry("Paraná", "PR"),
      Map.entry("Pernambuco", "PE"), Map.entry("Piauí", "PI"), Map.entry("Rio de Janeiro", "RJ"),
      Map.entry("Rio Grande do Norte", "RN"), Map.entry("Rio Grande do Sul", "RS"), Map.entry("Rondônia", "RO"),
      Map.entry("Roraima", "RR"), Map.entry("Santa Catarina", "SC"), Map.entry("São Paulo", "SP"),
      Map.entry("Sergipe", "SE"), Map.entry("Tocantins", "TO"));

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

  /**
   * The time zones a number's DDD lies in, from libphonenumber's time-zone data: the contact rules
   * are evaluated in each (the stricter wins) and Brasília's when the data knows none. The data
   * gives all of DDD 81 Noronha's zone; only the island's own exchanges are there, the rest of
   * Pernambuco keeps Recife's (UTC-3), so calling Recife by Noronha's clock would start an hour early.
   */
  public static List<ZoneId> zonesOf(String e164) {
    return areaOf(e164).zones();
  }

  /** The UF ("AM", "SP") of a number's DDD, from libphonenumber's geocoder; empty when unknown. */
  public static Optional<String> stateOf(String e164) {
    return areaOf(e164).state();
  }

  /** A number's time zones ({@link #zonesOf}) and UF ({@link #stateOf}), the number parsed and geocoded once. */
  public record Area(List<ZoneId> zones, Optional<String> state) {}

  public static Area areaOf(String e164) {
    PhoneNumber number = parsed(e164);
    if (number == null) {
      return new Area(List.of(BusinessTime.ZONE), Optional.empty());
    }
    String description = description(number);
    List<ZoneId> zones = PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number).stream()
        .filter(id -> !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(id))
        .map(ZoneId::of)
        .map(zone -> zone.equals(NORONHA) && !description.contains("Noronha") ? RECIFE : zone)
        .distinct()
        .toList();
    Matcher city = CITY_STATE.matcher(description);
    Optional<String> state = city.find() ? Optional.of(city.group(1)) : Optional.ofNullable(UF_OF_STATE.get(description));
    return new Area(zones.isEmpty() ? List.of(BusinessTime.ZONE) : zones, state);
  }

  private static String description(PhoneNumber number) {
    return PhoneNumberOfflineGeocoder.getInstance().getDescriptionForNumber(number, PT_BR);
  }

  private static PhoneNumber parsed(String e164) {
    if (e164 == null || e164.isBlank()) {
      return null;
    }
    try {
      PhoneNumber number = UTIL.parse(e164, "BR");
      return number.getCountryCode() == 55 ? number : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
