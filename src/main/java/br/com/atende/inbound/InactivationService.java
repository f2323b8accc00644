package br.com.atende.inbound;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Days;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.UserProfiles;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002 items 5 and 6: a client inactivated by hand (who, when, why) or by the system. The last
 * one in force routes a recontract contact; a recontract sale ends it. Its lines and its alert are
 * on the client's record.
 */
@Service
public class InactivationService implements ClientRecordPart {

  public record NewInactivation(String kind, String reason) {}

  public record View(Long id, Long clientId, String kind, String kindLabel, String reason, String inactivatedBy,
      String inactivatedAt) {}

  private final InactivationRepository inactivations;
  private final ClientRegistry registry;
  private final UserProfiles profiles;

  public InactivationService(InactivationRepository inactivations, ClientRegistry registry, UserProfiles profiles) {
    this.inactivations = inactivations;
    this.registry = registry;
    this.profiles = profiles;
  }

  @Transactional
  public View inactivate(Long clientId, NewInactivation request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    if (request == null) {
      throw UserFacingException.badRequest("Informe a inativação (kind, reason).");
    }
    InactivationKind kind = Codes.require(InactivationKind.class, request.kind(), "Tipo de inativação (kind)");
    String reason = Text.requireRealText(request.reason(), 2000, "Motivo da inativação (reason)");
    Optional<Inactivation> inForce = inForce(client.getId());
    if (inForce.isPresent()) {
      throw UserFacingException.conflict("O cliente já está inativo desde "
          + Days.format(day(inForce.get())) + ".");
    }
    return view(inactivations.save(new Inactivation(client.getId(), kind, reason, user.id())));
  }

  /** The client's last inactivation, while no recontract ended it. */
  @Transactional(readOnly = true)
  public Optional<Inactivation> inForce(long clientId) {
    return inactivations.findFirstByClientIdOrderByInactivatedAtDescIdDesc(clientId).filter(Inactivation::isInForce);
  }

  /** Whole days since the inactivation, counted in São Paulo ("A agenda conta 15 dias após a data de inativação"). */
  static long daysSince(Inactivation inactivation) {
    return ChronoUnit.DAYS.between(day(inactivation), BusinessTime.today());
  }

  /** A recontract sale: the client is active again. */
  @Transactional
  void reactivate(long clientId, String by) {
    inForce(clientId).ifPresent(inactivation -> inactivation.reactivated(by));
  }

  @Override
  public List<String> alerts(Client client) {
    return inForce(client.getId()).map(i -> List.of(alert(i))).orElse(List.of());
  }

  /** "Cliente inativado em 30/11/2026 por Ana (ana) (manual): …". */
  String alert(Inactivation inactivation) {
    return "Cliente inativado em " + Days.format(day(inactivation)) + " por "
        + profiles.displayName(inactivation.getInactivatedBy()) + " (" + inactivation.getInactivatedBy() + ") ("
        + inactivation.getKind().label().toLowerCase(Locale.ROOT) + "): " + inactivation.getReason();
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    List<TimelineEntry> lines = new ArrayList<>();
    for (Inactivation inactivation : inactivations.findByClientIdOrderByInactivatedAtDesc(client.getId())) {
      lines.add(new TimelineEntry(inactivation.getInactivatedAt(), "INACTIVATION",
          "Cliente inativado (" + inactivation.getKind().label().toLowerCase(Locale.ROOT) + ")",
          inactivation.getReason(), inactivation.getInactivatedBy(), String.valueOf(inactivation.getId()), null));
      if (!inactivation.isInForce()) {
        lines.add(new TimelineEntry(inactivation.getReactivatedAt(), "INACTIVATION", "Cliente reativado pela recontratação",
            null, inactivation.getReactivatedBy(), String.valueOf(inactivation.getId()), null));
      }
    }
    return lines;
  }

  private static LocalDate day(Inactivation inactivation) {
    return BusinessTime.toLocal(inactivation.getInactivatedAt()).toLocalDate();
  }

  private static View view(Inactivation inactivation) {
    return new View(inactivation.getId(), inactivation.getClientId(), inactivation.getKind().name(),
        inactivation.getKind().label(), inactivation.getReason(), inactivation.getInactivatedBy(),
        BusinessTime.formatBrazilian(inactivation.getInactivatedAt()));
  }
}
