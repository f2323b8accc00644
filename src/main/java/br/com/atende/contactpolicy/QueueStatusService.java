package br.com.atende.contactpolicy;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.LeadQueue;
import br.com.atende.campaign.Store;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.LeadStatus;
import br.com.atende.security.AtendeUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Why is my queue empty": a campaign queue's ready, held (by reason), scheduled, in-progress and finished leads. */
@Service
public class QueueStatusService {

  private static final List<LeadStatus> FINISHED = List.of(LeadStatus.CONTRACTED, LeadStatus.REFUSED,
      LeadStatus.INCONSISTENT, LeadStatus.EXHAUSTED, LeadStatus.WHATSAPP_NO_REPLY, LeadStatus.EXPIRED);

  private final CampaignRepository campaigns;
  private final LeadQueue queue;
  private final JdbcTemplate jdbc;

  public QueueStatusService(CampaignRepository campaigns, LeadQueue queue, JdbcTemplate jdbc) {
    this.campaigns = campaigns;
    this.queue = queue;
    this.jdbc = jdbc;
  }

  /**
   * {@code until}: the first release, São Paulo time as callbackAt ("2026-12-01T10:00");
   * {@code untilLocal}: the same moment on the held leads' own clock (null for OPTED_OUT: never).
   */
  public record Held(String reason, long count, String until, String untilLocal) {}

  public record QueueStatus(long ready, List<Held> held, long scheduled, long inProgress, long finished) {}

  /** A store's queue for an agent of the store (or its overseer); the whole campaign for a manager who oversees all its stores. */
  @Transactional(readOnly = true)
  public QueueStatus status(String campaignCode, String storeCode, AtendeUser user) {
    Campaign campaign = campaigns.findById(campaignCode)
        .orElseThrow(() -> UserFacingException.notFound("Campanha " + campaignCode + " não encontrada."));
    String store = storeCode == null || storeCode.isBlank() ? null : storeCode.trim();
    if (store == null) {
      if (!campaign.getStores().stream().map(Store::getCode).allMatch(user::oversees)) {
        throw UserFacingException.forbidden("Informe a loja (store) da fila que você atende.");
      }
    } else {
      if (!user.reaches(store)) {
        throw UserFacingException.forbidden("Você não atende a loja " + store + ".");
      }
      if (!campaign.serves(store)) {
        throw UserFacingException.notFound("A campanha " + campaign.getName() + " não é da loja " + store + ".");
      }
    }
    List<Held> held = queue.countHeld(campaign.getCode(), store).stream()
        .map(count -> new Held(count.reason().name(), count.count(), BusinessTime.formatLocalMinutes(count.until()),
            count.localUntil()))
        .toList();
    Map<LeadStatus, Long> worked = workedByStatus(campaign.getCode(), store);
    return new QueueStatus(store == null ? queue.countReady(campaign.getCode()) : queue.countReady(campaign.getCode(), store),
        held, worked.getOrDefault(LeadStatus.SCHEDULED, 0L), worked.getOrDefault(LeadStatus.IN_PROGRESS, 0L),
        FINISHED.stream().mapToLong(status -> worked.getOrDefault(status, 0L)).sum());
  }

  /** Leads pulled at least once, by status, of the store whose agents work them. */
  private Map<LeadStatus, Long> workedByStatus(String campaignCode, String store) {
    List<Object> args = new ArrayList<>(List.of(campaignCode));
    List<LeadStatus> statuses = new ArrayList<>(FINISHED);
    statuses.add(LeadStatus.SCHEDULED);
    statuses.add(LeadStatus.IN_PROGRESS);
    statuses.forEach(status -> args.add(status.name()));
    String marks = String.join(",", statuses.stream().map(status -> "?").toList());
    String byStore = "";
    if (store != null) {
      byStore = " AND worked_store_code = ?";
      args.add(store);
    }
    Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
    jdbc.query("SELECT status, COUNT(*) FROM leads WHERE campaign_code = ? AND status IN (" + marks + ")" + byStore
        + " GROUP BY status", rs -> {
          counts.put(LeadStatus.valueOf(rs.getString(1)), rs.getLong(2));
        }, args.toArray());
    return counts;
  }
}
