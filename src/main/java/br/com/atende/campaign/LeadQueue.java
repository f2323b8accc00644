package br.com.atende.campaign;

import br.com.atende.common.BusinessTime;
import br.com.atende.lead.Lead;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who is next: the lead_queue table, ordered by its auto-increment id (a lead put back gets a new
 * row, so it goes to the END). Taking the next lead locks its row with FOR UPDATE SKIP LOCKED, so
 * two agents (or two nodes) never get the same lead and none waits for another. Each lookup reads
 * the head of one index range (campaign, store, id): O(log n) however long the campaign is.
 */
@Repository
public class LeadQueue {

  /** A lead without a store in the mailing may be served to any store of its campaign. */
  public static final String ANY_STORE = "*";

  private static final String HEAD = """
      SELECT id, lead_id, enqueued_at FROM lead_queue WHERE campaign_code = ? AND store_code = ?
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""";

  private final JdbcTemplate jdbc;

  public LeadQueue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A queue row: its id is the lead's place in line. */
  public record Entry(long id, long leadId, String campaignCode, String storeCode, LocalDateTime enqueuedAt) {}

  /** One reason's held leads of a queue: how many, and the first release (UTC and on the leads' clock). */
  public record HeldCount(HoldReason reason, long count, Instant until, String localUntil) {}

  /** Takes the first lead for the store (its own or any-store leads); call inside a transaction. */
  public Optional<Entry> takeNext(String campaignCode, String storeCode) {
    Optional<Entry> own = head(campaignCode, storeCode);
    Optional<Entry> any = head(campaignCode, ANY_STORE);
    Optional<Entry> first = own.isEmpty() ? any
        : any.isEmpty() ? own
        : Optional.of(own.get().id() < any.get().id() ? own.get() : any.get());
    first.ifPresent(entry -> jdbc.update("DELETE FROM lead_queue WHERE id = ?", entry.id()));
    return first;
  }

  private Optional<Entry> head(String campaignCode, String storeCode) {
    List<Entry> rows = jdbc.query(HEAD, (rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), campaignCode, storeCode,
        rs.getObject(3, LocalDateTime.class)), campaignCode, storeCode);
    return rows.stream().findFirst();
  }

  /**
   * Holds a head just taken ({@link #takeNext}, same transaction) until {@code until} (null: until
   * released by hand, as an opted-out number never is); {@code localUntil} is that moment on the lead's clock.
   */
  public void hold(Entry entry, String phone, HoldReason reason, Instant until, LocalDateTime localUntil) {
    jdbc.update("""
        INSERT INTO lead_holds (id, lead_id, campaign_code, store_code, enqueued_at, reason, held_until, local_until, phone)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        entry.id(), entry.leadId(), entry.campaignCode(), entry.storeCode(), entry.enqueuedAt(), reason.name(),
        BusinessTime.toUtcColumn(until), localUntil == null ? null : localUntil.toString(), phone);
  }

  /**
   * Puts the leads due by {@code now} back in their queues with their old ids (their place in line),
   * at most {@code limit} at a time. SKIP LOCKED: two nodes releasing at once take different rows.
   */
  public int releaseDue(Instant now, int limit) {
    List<Entry> due = jdbc.query("""
        SELECT id, lead_id, campaign_code, store_code, enqueued_at FROM lead_holds WHERE held_until <= ?
        ORDER BY held_until LIMIT ? FOR UPDATE SKIP LOCKED""",
        (rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDateTime.class)), BusinessTime.toUtcColumn(now), limit);
    if (due.isEmpty()) {
      return 0;
    }
    // The rows as read, not INSERT … SELECT: that would lock the held rows again, shared.
    jdbc.batchUpdate("INSERT INTO lead_queue (id, lead_id, campaign_code, store_code, enqueued_at) VALUES (?, ?, ?, ?, ?)",
        due.stream().map(entry -> new Object[] {entry.id(), entry.leadId(), entry.campaignCode(), entry.storeCode(),
            entry.enqueuedAt()}).toList());
    jdbc.update("DELETE FROM lead_holds WHERE id IN ("
        + String.join(",", due.stream().map(entry -> String.valueOf(entry.id())).toList()) + ")");
    return due.size();
  }

  /** A number opted out of calls: its queued and held leads, in every campaign, are held for good. */
  public int holdOptedOut(String phone) {
    return holdOptedOut("= ?", phone);
  }

  /** The numbers of opt_outs rows {@code firstId}..{@code lastId} (a list import) opted out of calls. */
  public int holdOptedOutImported(long firstId, long lastId) {
    return holdOptedOut("IN (SELECT phone FROM opt_outs WHERE id BETWEEN ? AND ? AND channel IN ('VOICE', 'ALL'))",
        firstId, lastId);
  }

  private int holdOptedOut(String phoneIs, Object... args) {
    int held = jdbc.update("UPDATE lead_holds SET reason = 'OPTED_OUT', held_until = NULL, local_until = NULL "
        + "WHERE reason <> 'OPTED_OUT' AND phone " + phoneIs, args);
    held += jdbc.update("""
        INSERT INTO lead_holds (id, lead_id, campaign_code, store_code, enqueued_at, reason, held_until, local_until, phone)
        SELECT q.id, q.lead_id, q.campaign_code, q.store_code, q.enqueued_at, 'OPTED_OUT', NULL, NULL, l.phone
        FROM lead_queue q JOIN leads l ON l.id = q.lead_id WHERE l.phone\s""" + phoneIs, args);
    jdbc.update("DELETE FROM lead_queue WHERE lead_id IN "
        + "(SELECT lead_id FROM lead_holds WHERE reason = 'OPTED_OUT' AND phone " + phoneIs + ")", args);
    return held;
  }

  /** The held leads of a store's queue (its own and any-store leads) by reason; every store when null. */
  public List<HeldCount> countHeld(String campaignCode, String storeCode) {
    String stores = storeCode == null ? "" : " AND store_code IN (?, ?)";
    Object[] args = storeCode == null ? new Object[] {campaignCode} : new Object[] {campaignCode, storeCode, ANY_STORE};
    return jdbc.query("SELECT reason, COUNT(*), MIN(held_until) FROM lead_holds WHERE campaign_code = ?" + stores
        + " GROUP BY reason ORDER BY reason", (rs, i) -> {
          HoldReason reason = HoldReason.valueOf(rs.getString(1));
          LocalDateTime until = rs.getObject(3, LocalDateTime.class);
          return new HeldCount(reason, rs.getLong(2), until == null ? null : until.toInstant(ZoneOffset.UTC),
              until == null ? null : localUntil(campaignCode, storeCode, reason, until));
        }, args);
  }

  /** The lead's own clock at the first release of that reason (one row of the status index). */
  private String localUntil(String campaignCode, String storeCode, HoldReason reason, LocalDateTime until) {
    String stores = storeCode == null ? "" : " AND store_code IN (?, ?)";
    List<Object> args = new ArrayList<>(List.of(campaignCode, reason.name(), until));
    if (storeCode != null) {
      args.addAll(List.of(storeCode, ANY_STORE));
    }
    return jdbc.queryForList("SELECT local_until FROM lead_holds WHERE campaign_code = ? AND reason = ? "
        + "AND held_until = ?" + stores + " LIMIT 1", String.class, args.toArray()).stream().findFirst().orElse(null);
  }

  public void enqueue(Lead lead) {
    jdbc.update("INSERT INTO lead_queue (lead_id, campaign_code, store_code, enqueued_at) VALUES (?, ?, ?, ?)",
        lead.getId(), lead.getCampaignCode(), storeOf(lead.getStoreCode()), BusinessTime.toUtcColumn(BusinessTime.now()));
  }

  /** Queues, in file order, the leads one batch of a mailing import wrote (ids {@code first}..{@code last}). */
  public int enqueueImported(long mailingId, long first, long last) {
    return jdbc.update("""
        INSERT INTO lead_queue (lead_id, campaign_code, store_code, enqueued_at)
        SELECT id, campaign_code, COALESCE(store_code, ?), ? FROM leads
        WHERE id BETWEEN ? AND ? AND mailing_id = ? ORDER BY id""",
        ANY_STORE, BusinessTime.toUtcColumn(BusinessTime.now()), first, last, mailingId);
  }

  public void remove(long leadId) {
    jdbc.update("DELETE FROM lead_queue WHERE lead_id = ?", leadId);
    jdbc.update("DELETE FROM lead_holds WHERE lead_id = ?", leadId);
  }

  public int removeCampaign(String campaignCode) {
    return jdbc.update("DELETE FROM lead_queue WHERE campaign_code = ?", campaignCode)
        + jdbc.update("DELETE FROM lead_holds WHERE campaign_code = ?", campaignCode);
  }

  /** Leads left to call for a store: its own plus the campaign's any-store leads. */
  public long countReady(String campaignCode, String storeCode) {
    Long count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM lead_queue WHERE campaign_code = ? AND store_code IN (?, ?)", Long.class,
        campaignCode, storeCode, ANY_STORE);
    return count == null ? 0 : count;
  }

  /** Leads left to call in every store of the campaign. */
  public long countReady(String campaignCode) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM lead_queue WHERE campaign_code = ?", Long.class, campaignCode);
    return count == null ? 0 : count;
  }

  private static String storeOf(String storeCode) {
    return storeCode == null ? ANY_STORE : storeCode;
  }
}
