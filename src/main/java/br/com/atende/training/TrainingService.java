package br.com.atende.training;

import static br.com.atende.training.TrainingSessionProcess.*;

import br.com.atende.client.Client;
import br.com.atende.client.ClientMerge;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Days;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.security.UserProfiles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002 item 4, "Treinamentos específicos para clientes": the support team publishes days and
 * shifts with seats ("equipe do suporte terá disponível atendente"), the commercial team books its
 * clients into them ("dias e turnos que a equipe comercial pode informar para os clientes"), and on
 * the day the support member who gives it gets the task with the booked clients.
 */
@Service
public class TrainingService implements ClientRecordPart, ClientMerge {

  static final int MAX_CAPACITY = 50;
  /** How far a listing may reach, so one request never reads the whole table. */
  static final int MAX_RANGE_DAYS = 92;

  public record NewSlot(String day, String shift, Integer capacity, String trainer) {}

  public record NewBooking(Long clientId) {}

  public record SlotView(String code, LocalDate day, String shift, String shiftLabel, int capacity, int booked,
      int freeSeats, String trainer, String trainerName, String status, String processInstanceId) {}

  public record Booked(Long id, String slotCode, Long clientId, int freeSeats) {}

  private final TrainingSlotRepository slots;
  private final TrainingBookingRepository bookings;
  private final ClientRegistry registry;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final UserProfiles profiles;

  public TrainingService(TrainingSlotRepository slots, TrainingBookingRepository bookings, ClientRegistry registry,
      RuntimeService runtimeService, IdentityService identityService, UserProfiles profiles) {
    this.profiles = profiles;
    this.slots = slots;
    this.bookings = bookings;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** A support member (for themself or a colleague) or a supervisor publishes a slot; its day's instance starts now. */
  @Transactional
  public SlotView publish(NewSlot request, AtendeUser user) {
    if (!user.isIn(Roles.SUPPORT) && !user.isManager()) {
      throw UserFacingException.forbidden("Só o suporte ou um supervisor publica dias e turnos de treinamento.");
    }
    if (request == null) {
      throw UserFacingException.badRequest("Informe o dia, o turno, as vagas e quem dá o treinamento.");
    }
    LocalDate day = Days.require(request.day(), "Dia (day)");
    if (day.isBefore(BusinessTime.today())) {
      throw UserFacingException.badRequest("Dia (day): " + Days.format(day) + " já passou; publique um dia de hoje "
          + "em diante.");
    }
    Shift shift = Codes.require(Shift.class, request.shift(), "Turno (shift)");
    Integer capacity = request.capacity();
    if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
      throw UserFacingException.badRequest("Vagas (capacity): informe de 1 a " + MAX_CAPACITY + " vagas.");
    }
    String trainer = Text.blankToNull(request.trainer());
    if (trainer == null && user.isIn(Roles.SUPPORT)) {
      trainer = user.id();
    }
    if (trainer == null || !isSupport(trainer)) {
      throw UserFacingException.badRequest("Quem dá o treinamento (trainer): informe um usuário da equipe de suporte"
          + (trainer == null ? "." : "; " + trainer + " não é."));
    }
    if (slots.existsByDayAndShiftAndTrainer(day, shift, trainer)) {
      throw UserFacingException.conflict(trainer + " já tem treinamento publicado em " + describe(day, shift) + ".");
    }
    TrainingSlot slot = slots.saveAndFlush(new TrainingSlot(day, shift, capacity, trainer, user.id()));
    slot.assignCode();
    Map<String, Object> variables = shown(slot, List.of());
    STARTS_AT.put(variables, BusinessTime.toDate(slot.startsAt()));
    slot.startedAs(runtimeService.startProcessInstanceByKey(KEY, slot.getCode(), variables).getId());
    return view(slot, 0);
  }

  /** The slots of a period (today to 30 days ahead by default) with their free seats, by day and shift. */
  @Transactional(readOnly = true)
  public List<SlotView> slots(String from, String to, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    LocalDate first = Days.parse(from, "De (from)");
    LocalDate start = first == null ? BusinessTime.today() : first;
    LocalDate last = Days.parse(to, "Até (to)");
    LocalDate end = last == null ? start.plusDays(30) : last;
    if (end.isBefore(start)) {
      throw UserFacingException.badRequest("Até (to): " + Days.format(end) + " é antes de " + Days.format(start) + ".");
    }
    if (ChronoUnit.DAYS.between(start, end) > MAX_RANGE_DAYS) {
      throw UserFacingException.badRequest("Até (to): consulte no máximo " + MAX_RANGE_DAYS + " dias de uma vez.");
    }
    List<TrainingSlot> found = slots.findByDayBetween(start, end).stream()
        .sorted(Comparator.comparing(TrainingSlot::getDay).thenComparing(TrainingSlot::getShift)
            .thenComparing(TrainingSlot::getTrainer)).toList();
    Map<Long, Long> booked = found.isEmpty() ? Map.of()
        : bookings.findBySlotIdInAndCancelledAtIsNull(found.stream().map(TrainingSlot::getId).toList()).stream()
            .collect(Collectors.groupingBy(TrainingBooking::getSlotId, Collectors.counting()));
    return found.stream().map(slot -> view(slot, booked.getOrDefault(slot.getId(), 0L).intValue())).toList();
  }

  /**
   * Books a client into a slot, with the slot's row locked: two sellers taking the last seat at once
   * take turns, and the second is told the shift is full.
   */
  @Transactional
  public Booked book(String code, NewBooking request, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    if (request == null || request.clientId() == null) {
      throw UserFacingException.badRequest("Cliente (clientId): informe o cliente a agendar.");
    }
    Client client = registry.clientFor(request.clientId(), user);
    TrainingSlot slot = locked(code);
    requireOpen(slot);
    if (slot.getDay().isBefore(BusinessTime.today())) {
      throw UserFacingException.badRequest("Dia (day): o treinamento " + slot.getCode() + " foi em "
          + Days.format(slot.getDay()) + "; escolha um dia de hoje em diante.");
    }
    List<TrainingBooking> active = bookings.findBySlotIdAndCancelledAtIsNullOrderById(slot.getId());
    if (active.stream().anyMatch(booking -> booking.getClientId().equals(client.getId()))) {
      throw UserFacingException.conflict("O cliente " + client.getId() + " já está agendado no treinamento "
          + slot.getCode() + " (" + describe(slot.getDay(), slot.getShift()) + ").");
    }
    if (active.size() >= slot.getCapacity()) {
      throw UserFacingException.conflict("Turno lotado: o treinamento " + slot.getCode() + " de "
          + describe(slot.getDay(), slot.getShift()) + " já tem as " + slot.getCapacity()
          + " vagas preenchidas; escolha outro dia ou turno.");
    }
    TrainingBooking booking = bookings.save(new TrainingBooking(slot.getId(), client.getId(), user.id()));
    List<TrainingBooking> now = new ArrayList<>(active);
    now.add(booking);
    refreshShown(slot, now);
    return new Booked(booking.getId(), slot.getCode(), client.getId(), slot.getCapacity() - now.size());
  }

  /** Unbooks a client, before the day only: on the day the trainer already has the list. */
  @Transactional
  public void cancel(String code, Long clientId, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    TrainingSlot slot = locked(code);
    requireOpen(slot);
    if (!slot.getDay().isAfter(BusinessTime.today())) {
      throw UserFacingException.conflict("O treinamento " + slot.getCode() + " é em " + Days.format(slot.getDay())
          + ": só é possível desmarcar antes do dia.");
    }
    List<TrainingBooking> active = bookings.findBySlotIdAndCancelledAtIsNullOrderById(slot.getId());
    TrainingBooking booking = active.stream().filter(b -> b.getClientId().equals(clientId)).findFirst()
        .orElseThrow(() -> UserFacingException.notFound("O cliente " + clientId + " não está agendado no treinamento "
            + slot.getCode() + "."));
    booking.cancel(user.id());
    refreshShown(slot, active.stream().filter(TrainingBooking::isActive).toList());
  }

  /** GiveTraining's data: the slot and its booked clients, from the tables. */
  Map<String, Object> shownFor(String code) {
    TrainingSlot slot = byCode(code);
    return shown(slot, bookings.findBySlotIdAndCancelledAtIsNullOrderById(slot.getId()));
  }

  TrainingSlot byCode(String code) {
    return slots.findByCode(code).orElseThrow(() -> UserFacingException.notFound("Treinamento " + code
        + " não encontrado."));
  }

  /** The trainer's record of the session, once. */
  @Transactional
  void give(String code, String note, String actor) {
    TrainingSlot slot = locked(code);
    requireOpen(slot);
    slot.given(note, actor);
  }

  boolean isSupport(String userId) {
    return identityService.createUserQuery().userId(userId).memberOfGroup(Roles.SUPPORT).count() > 0;
  }

  /** A merged record's bookings move to the kept one; where both were booked in a slot, the kept record's stays. */
  @Override
  public void merge(long from, long into) {
    List<TrainingBooking> kept = bookings.findByClientIdOrderById(into);
    for (TrainingBooking booking : bookings.findByClientIdOrderById(from)) {
      boolean twice = booking.isActive() && kept.stream()
          .anyMatch(k -> k.isActive() && k.getSlotId().equals(booking.getSlotId()));
      if (twice) {
        booking.cancel(null);
      }
      booking.moveTo(into);
    }
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    List<TrainingBooking> mine = bookings.findByClientIdOrderById(client.getId());
    if (mine.isEmpty()) {
      return List.of();
    }
    Map<Long, TrainingSlot> slotsById = slots.findByIdIn(mine.stream().map(TrainingBooking::getSlotId).toList())
        .stream().collect(Collectors.toMap(TrainingSlot::getId, Function.identity()));
    List<TimelineEntry> lines = new ArrayList<>();
    for (TrainingBooking booking : mine) {
      TrainingSlot slot = slotsById.get(booking.getSlotId());
      String when = Days.format(slot.getDay()) + " (" + slot.getShift().label().toLowerCase(Locale.ROOT) + ")";
      lines.add(new TimelineEntry(booking.getBookedAt(), "TRAINING", "Treinamento agendado para " + when + " com "
          + slot.getTrainer(), null, booking.getBookedBy(), slot.getCode(), null));
      if (!booking.isActive()) {
        lines.add(new TimelineEntry(booking.getCancelledAt(), "TRAINING", "Treinamento de " + when + " desmarcado",
            null, booking.getCancelledBy(), slot.getCode(), null));
      } else if (TrainingSlot.GIVEN.equals(slot.getStatus())) {
        lines.add(new TimelineEntry(slot.getGivenAt(), "TRAINING", "Treinamento dado em " + when + " por "
            + slot.getGivenBy(), slot.getAttendanceNote(), slot.getGivenBy(), slot.getCode(), null));
      }
    }
    return lines;
  }

  private TrainingSlot locked(String code) {
    return slots.lockByCode(code).orElseThrow(() -> UserFacingException.notFound("Treinamento " + code
        + " não encontrado."));
  }

  private static void requireOpen(TrainingSlot slot) {
    if (!TrainingSlot.OPEN.equals(slot.getStatus())) {
      throw UserFacingException.conflict("O treinamento " + slot.getCode() + " já foi dado.");
    }
  }

  /** The booked clients change what the trainer's task shows, before and on the day. */
  private void refreshShown(TrainingSlot slot, List<TrainingBooking> active) {
    runtimeService.setVariables(slot.getProcessInstanceId(), shown(slot, active));
  }

  private Map<String, Object> shown(TrainingSlot slot, List<TrainingBooking> active) {
    Map<String, Object> shown = new HashMap<>();
    SLOT_CODE.put(shown, slot.getCode());
    TRAINING_DAY.put(shown, Days.format(slot.getDay()));
    SHIFT_LABEL.put(shown, slot.getShift().label());
    BOOKED_CLIENTS.put(shown, active.isEmpty() ? "Nenhum cliente agendado." : active.stream().map(booking -> {
      Client client = registry.client(booking.getClientId());
      return "- " + client.getName() + " · " + Phones.display(client.getPhone()) + " (cliente " + client.getId() + ")";
    }).collect(Collectors.joining("\n")));
    return shown;
  }

  private SlotView view(TrainingSlot slot, int booked) {
    return new SlotView(slot.getCode(), slot.getDay(), slot.getShift().name(), slot.getShift().label(),
        slot.getCapacity(), booked, Math.max(0, slot.getCapacity() - booked), slot.getTrainer(),
        profiles.displayName(slot.getTrainer()), slot.getStatus(), slot.getProcessInstanceId());
  }

  private static String describe(LocalDate day, Shift shift) {
    return Days.format(day) + " (" + shift.label().toLowerCase(Locale.ROOT) + ")";
  }
}
