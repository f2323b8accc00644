package br.com.atende.campaign;

import br.com.atende.common.BusinessTime;
import br.com.atende.lead.Lead;
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
      SELECT id, lead_id FROM lead_queue WHERE campaign_code = ? AND store_code = ?
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""";

  private final JdbcTemplate jdbc;

  public LeadQueue(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private record Entry(long id, long leadId) {}

  /** Takes the first lead for the store (its own or any-store leads); call inside a transaction. */
  public Optional<Long> takeNext(String campaignCode, String storeCode) {
    Optional<Entry> own = head(campaignCode, storeCode);
    Optional<Entry> any = head(campaignCode, ANY_STORE);
    Optional<Entry> first = own.isEmpty() ? any
        : any.isEmpty() ? own
        : Optional.of(own.get().id() < any.get().id() ? own.get() : any.get());
    first.ifPresent(entry -> jdbc.update("DELETE FROM lead_queue WHERE id = ?", entry.id()));
    return first.map(Entry::leadId);
  }

  private Optional<Entry> head(String campaignCode, String storeCode) {
    List<Entry> rows = jdbc.query(HEAD, (rs, i) -> new Entry(rs.getLong(1), rs.getLong(2)), campaignCode, storeCode);
    return rows.stream().findFirst();
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
  }

  public int removeCampaign(String campaignCode) {
    return jdbc.update("DELETE FROM lead_queue WHERE campaign_code = ?", campaignCode);
  }

  /** Leads left to call for a store: its own plus the campaign's any-store leads. */
  public long countReady(String campaignCode, String storeCode) {
    Long count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM lead_queue WHERE campaign_code = ? AND store_code IN (?, ?)", Long.class,
        campaignCode, storeCode, ANY_STORE);
    return count == null ? 0 : count;
  }

  private static String storeOf(String storeCode) {
    return storeCode == null ? ANY_STORE : storeCode;
  }
}
