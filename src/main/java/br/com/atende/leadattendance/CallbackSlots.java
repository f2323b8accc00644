package br.com.atende.leadattendance;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.security.AtendeUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slot picker (issue 15 item 3): the times of a day on which a callback to this lead may be
 * booked, that is those the callback-window DMN allows in the lead's own clock, less the past and
 * the times the agent already has another callback. Slots are {@value #SLOT_MINUTES} minutes long
 * (a callback takes one), start on the hour and half hour, and travel as São Paulo time like
 * callbackAt. The server still checks whatever time arrives.
 */
@Service
public class CallbackSlots {

  public static final int SLOT_MINUTES = 30;
  /** How many days with free slots the attendance form offers. */
  static final int FORM_DAYS = 3;
  /** How far the form looks for them (a Sunday and a holiday weekend have none). */
  static final int FORM_LOOKAHEAD_DAYS = 7;
  private static final Duration SLOT = Duration.ofMinutes(SLOT_MINUTES);
  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
  private static final DateTimeFormatter OPTION = DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", PT_BR);

  private final LeadRepository leads;
  private final CallbackWindow window;
  /**
   * The window's slots of a day per table version, time zones and minute: every pull opens a form
   * with them, and a DMN evaluation per half hour costs about half a millisecond, so the leads of
   * one region pulled in the same minute share one computation.
   */
  private final Map<WindowKey, List<LocalDateTime>> windowSlots = new ConcurrentHashMap<>();

  private record WindowKey(String rule, List<ZoneId> zones, LocalDate day, Instant minute) {}

  public CallbackSlots(LeadRepository leads, CallbackWindow window) {
    this.leads = leads;
    this.window = window;
  }

  public record Slots(Long leadId, String day, int slotMinutes, List<String> slots) {}

  /** GET /api/leads/{id}/callback-slots: for the agent attending the lead, or a manager of its store. */
  @Transactional(readOnly = true)
  public Slots of(AtendeUser user, Long leadId, String day) {
    Lead lead = leads.findById(leadId)
        .orElseThrow(() -> UserFacingException.notFound("Lead " + leadId + " não encontrado."));
    String store = lead.getWorkedStoreCode() != null ? lead.getWorkedStoreCode() : lead.getStoreCode();
    if (!user.id().equals(lead.getAssignee()) && (store == null || !user.oversees(store))) {
      throw UserFacingException.forbidden("Você não tem acesso a este lead.");
    }
    LocalDate date = parseDay(day);
    List<Instant> booked = booked(lead, lead.getAssignee(), date, date);
    List<String> slots = free(window.rule(), lead, booked, date).stream()
        .map(BusinessTime::formatLocalMinutes).toList();
    return new Slots(lead.getId(), date.toString(), SLOT_MINUTES, slots);
  }

  /**
   * The form's select options [{label, value}] for the next days with free slots of this agent:
   * "qua. 02/12 09:00", plus the client's hour when their clock differs from Brasília's.
   */
  List<Map<String, String>> formOptions(Lead lead, String agent) {
    List<Map<String, String>> options = new ArrayList<>();
    CallbackWindow.Rule rule = window.rule();
    ZoneId client = Phones.zonesOf(lead.getPhone()).get(0);
    LocalDate day = BusinessTime.today();
    List<Instant> booked = booked(lead, agent, day, day.plusDays(FORM_LOOKAHEAD_DAYS - 1));
    int days = 0;
    for (int i = 0; i < FORM_LOOKAHEAD_DAYS && days < FORM_DAYS; i++, day = day.plusDays(1)) {
      List<Instant> free = free(rule, lead, booked, day);
      if (!free.isEmpty()) {
        days++;
        free.forEach(slot -> options.add(Map.of("label", label(slot, client), "value",
            BusinessTime.formatLocalMinutes(slot))));
      }
    }
    return options;
  }

  /** The agent's other callbacks from the first day to the last (São Paulo dates), and a slot around. */
  private List<Instant> booked(Lead lead, String agent, LocalDate first, LocalDate last) {
    Instant start = first.atStartOfDay(BusinessTime.ZONE).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
    return agent == null ? List.of()
        : leads.findByAssigneeAndStatusInAndCallbackAtBetweenOrderByCallbackAt(agent, Set.of(LeadStatus.SCHEDULED),
                start.minus(SLOT), end.plus(SLOT)).stream()
            .filter(other -> !other.getId().equals(lead.getId()))
            .map(Lead::getCallbackAt)
            .toList();
  }

  private List<Instant> free(CallbackWindow.Rule rule, Lead lead, List<Instant> booked, LocalDate day) {
    Instant now = BusinessTime.now();
    List<Instant> free = new ArrayList<>();
    for (LocalDateTime slot : windowSlots(rule, lead.getPhone(), day, now)) {
      Instant at = BusinessTime.toInstant(slot);
      boolean taken = booked.stream().anyMatch(other -> Duration.between(other, at).abs().compareTo(SLOT) < 0);
      if (!taken && at.isAfter(now)) {
        free.add(at);
      }
    }
    return free;
  }

  private List<LocalDateTime> windowSlots(CallbackWindow.Rule rule, String phone, LocalDate day, Instant now) {
    WindowKey key = new WindowKey(rule.id(), Phones.zonesOf(phone), day, now.truncatedTo(ChronoUnit.MINUTES));
    if (windowSlots.size() > 1000) {
      windowSlots.clear();
    }
    return windowSlots.computeIfAbsent(key, k -> {
      List<LocalDateTime> allowed = new ArrayList<>();
      for (LocalDateTime slot = day.atStartOfDay(); slot.toLocalDate().equals(day); slot = slot.plus(SLOT)) {
        if (rule.allows(slot, phone)) {
          allowed.add(slot);
        }
      }
      return List.copyOf(allowed);
    });
  }

  private static String label(Instant slot, ZoneId clientZone) {
    LocalDateTime saoPaulo = BusinessTime.toLocal(slot);
    LocalDateTime client = LocalDateTime.ofInstant(slot, clientZone);
    String label = saoPaulo.format(OPTION);
    return client.equals(saoPaulo) ? label : label + " (" + client.toLocalTime() + " no horário do cliente)";
  }

  private static LocalDate parseDay(String day) {
    if (day == null || day.isBlank()) {
      throw UserFacingException.badRequest("Informe o dia (day) no formato aaaa-mm-dd.");
    }
    try {
      return LocalDate.parse(day.trim());
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest("Dia (day) inválido: " + day + ". Use aaaa-mm-dd.");
    }
  }
}
