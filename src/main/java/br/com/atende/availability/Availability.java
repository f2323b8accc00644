package br.com.atende.availability;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.security.UserProfiles;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on vacation or absent (seed 002 item 9), which the commission and routing rules read. A
 * user marks their own; a supervisor or admin anyone's.
 */
@Service
public class Availability {

  public record Change(String status, LocalDate until) {}

  public record View(String userId, String status, String statusLabel, LocalDate until) {}

  private final UserAvailabilityRepository availabilities;
  private final UserProfiles users;
  private final ApplicationEventPublisher events;

  public Availability(UserAvailabilityRepository availabilities, UserProfiles users, ApplicationEventPublisher events) {
    this.availabilities = availabilities;
    this.users = users;
    this.events = events;
  }

  /** The user's status today (São Paulo). */
  @Transactional(readOnly = true)
  public AvailabilityStatus of(String userId) {
    return userId == null ? AvailabilityStatus.AVAILABLE : availabilities.findById(userId)
        .map(availability -> availability.on(BusinessTime.today())).orElse(AvailabilityStatus.AVAILABLE);
  }

  @Transactional(readOnly = true)
  public View view(String userId, AtendeUser user) {
    requireMay(userId, user, false);
    AvailabilityStatus status = of(userId);
    LocalDate until = status == AvailabilityStatus.AVAILABLE ? null
        : availabilities.findById(userId).map(UserAvailability::getUntil).orElse(null);
    return new View(userId, status.name(), status.label(), until);
  }

  @Transactional
  public View change(String userId, Change change, AtendeUser user) {
    requireMay(userId, user, true);
    if (change == null) {
      throw UserFacingException.badRequest("Informe a disponibilidade (status).");
    }
    AvailabilityStatus status = Codes.require(AvailabilityStatus.class, change.status(), "Disponibilidade (status)");
    LocalDate until = status == AvailabilityStatus.AVAILABLE ? null : change.until();
    if (until != null && until.isBefore(BusinessTime.today())) {
      throw UserFacingException.badRequest("Até (until): a data já passou; informe o último dia de férias ou ausência.");
    }
    if (until != null && until.isAfter(BusinessTime.today().plusDays(366))) {
      throw UserFacingException.badRequest("Até (until): no máximo um ano à frente.");
    }
    UserAvailability availability = availabilities.findById(userId).orElseGet(() -> new UserAvailability(userId));
    availability.set(status, until, user.id());
    availabilities.save(availability);
    events.publishEvent(new AvailabilityChanged(userId, status));
    return new View(userId, status.name(), status.label(), until);
  }

  private void requireMay(String userId, AtendeUser user, boolean write) {
    boolean supervisor = user.isIn(Roles.SUPERVISORS) || user.isIn(Roles.ADMIN) || (!write && user.isManager());
    if (!supervisor && !user.id().equals(userId)) {
      throw UserFacingException.forbidden("Só o próprio usuário ou um supervisor pode "
          + (write ? "marcar" : "ver") + " férias ou ausência.");
    }
    if (!users.exists(userId)) {
      throw UserFacingException.notFound("Usuário " + userId + " não encontrado.");
    }
  }
}
