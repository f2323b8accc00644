package br.com.atende.leadattendance;

import br.com.atende.campaign.AuditType;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.Store;
import br.com.atende.campaign.StoreRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17 target 6: the first pulls after a start are as fast as the later ones. A pull's first
 * runs load lazily what it uses (libphonenumber's metadata, geocoder and time-zone files, the
 * process definition the engine parses into its cache, the DMN tables and their FEEL engine, each
 * query's first preparation) and run as interpreted code until the JIT compiles them, so the first
 * minute's p99 was three times the steady one. Once the application is ready, this runs
 * {@code atende.pull.warm-up-pulls} real pulls, alternately CONSENTED and SART, of a throwaway store,
 * campaign and lead, each in a transaction that is rolled back: nothing it did stays in the
 * database, and the engine's usage meters are put back as they were.
 */
@Component
class PullWarmUp {

  private static final Logger log = LoggerFactory.getLogger(PullWarmUp.class);
  private static final String WARM_UP = "WARM-UP";
  /** A mobile number of each region and time zone (Brasília, Manaus, Cuiabá, Rio Branco, Noronha's state). */
  private static final List<String> SAMPLE_PHONES = List.of("+5511999990000", "+5521999990000", "+5531999990000",
      "+5541999990000", "+5551999990000", "+5561999990000", "+5562999990000", "+5565999990000", "+5567999990000",
      "+5568999990000", "+5569999990000", "+5571999990000", "+5581999990000", "+5591999990000", "+5592999990000",
      "+5595999990000", "+5596999990000", "+5598999990000");

  private final AttendanceService attendance;
  private final StoreRepository stores;
  private final CampaignRepository campaigns;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ProcessEngineConfigurationImpl engine;
  private final int pulls;

  PullWarmUp(AttendanceService attendance, StoreRepository stores, CampaignRepository campaigns, JdbcTemplate jdbc,
      TransactionTemplate transactions, ProcessEngineConfigurationImpl engine,
      @Value("${atende.pull.warm-up-pulls:100}") int pulls) {
    this.attendance = attendance;
    this.stores = stores;
    this.campaigns = campaigns;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.engine = engine;
    this.pulls = pulls;
  }

  @EventListener(ApplicationReadyEvent.class)
  void warm() {
    long start = System.nanoTime();
    Map<String, Long> meters = meters();
    try {
      SAMPLE_PHONES.forEach(Phones::areaOf);
      for (int i = 0; i < pulls; i++) {
        ContactPolicy policy = i % 2 == 0 ? ContactPolicy.CONSENTED : ContactPolicy.SART;
        transactions.executeWithoutResult(status -> {
          status.setRollbackOnly();
          pullThrowaway(policy, SAMPLE_PHONES.get(0));
        });
      }
      log.info("{} pulls warmed up (rolled back) in {} ms", pulls, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // A warm-up that fails costs only the first pulls' speed: the application still starts.
      log.warn("Pull warm-up incomplete: {}", e.toString());
    } finally {
      restore(meters);
    }
  }

  private void pullThrowaway(ContactPolicy policy, String phone) {
    Store store = stores.saveAndFlush(new Store(WARM_UP, WARM_UP));
    LocalDate today = BusinessTime.today();
    campaigns.saveAndFlush(new Campaign(WARM_UP, WARM_UP, WARM_UP, WARM_UP, null, today, today, Set.of(store),
        List.of(), AuditType.OFFLINE, policy, WARM_UP));
    Object now = BusinessTime.toUtcColumn(BusinessTime.now());
    jdbc.update("INSERT INTO leads (campaign_code, store_code, name, phone, status, attempts, no_answer_attempts, "
        + "created_at, updated_at) VALUES (?, ?, ?, ?, 'NEW', 0, 0, ?, ?)", WARM_UP, WARM_UP, WARM_UP, phone, now, now);
    jdbc.update("INSERT INTO lead_queue (lead_id, campaign_code, store_code, enqueued_at) "
        + "SELECT id, campaign_code, store_code, ? FROM leads WHERE campaign_code = ?", now, WARM_UP);
    try {
      attendance.pullNext(new AtendeUser(WARM_UP, Set.of(Roles.AGENTS, Roles.storeGroup(WARM_UP))), WARM_UP, WARM_UP);
    } catch (UserFacingException outsideTheHours) {
      // SART at night: the lead was held instead, which warms that path.
    }
  }

  /** The engine's usage meters (instances and activities started...), which a rolled-back pull still counts. */
  private Map<String, Long> meters() {
    Map<String, Long> values = new HashMap<>();
    engine.getMetricsRegistry().getDbMeters().forEach((name, meter) -> values.put(name, meter.get()));
    return values;
  }

  private void restore(Map<String, Long> before) {
    engine.getMetricsRegistry().getDbMeters()
        .forEach((name, meter) -> meter.markTimes(before.getOrDefault(name, 0L) - meter.get()));
  }
}
