package br.com.atende.contactpolicy;

import br.com.atende.campaign.LeadQueue;
import br.com.atende.common.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that puts held leads back in line when they may be called again (every node runs it; the
 * release skips rows another node has locked). Batches keep each transaction short.
 */
@Component
public class HeldLeadsRelease {

  private static final Logger LOG = LoggerFactory.getLogger(HeldLeadsRelease.class);
  private static final int BATCH = 1000;
  private static final int MAX_ATTEMPTS = 5;

  private final LeadQueue queue;
  private final TransactionTemplate transactions;
  private final boolean enabled;

  public HeldLeadsRelease(LeadQueue queue, TransactionTemplate transactions,
      @Value("${atende.contact-policy.release-enabled:true}") boolean enabled) {
    this.queue = queue;
    this.transactions = transactions;
    this.enabled = enabled;
  }

  @Scheduled(fixedDelayString = "${atende.contact-policy.release-millis:60000}", initialDelay = 15_000)
  public void releaseScheduled() {
    if (!enabled) {
      return;
    }
    int released = releaseDue();
    if (released > 0) {
      LOG.info("{} held leads back in their queues", released);
    }
  }

  /** Releases every lead due by the engine clock's now; answers how many. */
  public int releaseDue() {
    int total = 0;
    for (int released = BATCH; released == BATCH; ) {
      released = releaseBatch();
      total += released;
    }
    return total;
  }

  /**
   * One batch in its own transaction. Two nodes releasing neighbouring rows may deadlock in the
   * database; the loser's transaction is rolled back whole, so it is simply tried again.
   */
  private int releaseBatch() {
    for (int attempt = 1; ; attempt++) {
      try {
        Integer batch = transactions.execute(status -> queue.releaseDue(BusinessTime.now(), BATCH));
        return batch == null ? 0 : batch;
      } catch (PessimisticLockingFailureException lost) {
        if (attempt == MAX_ATTEMPTS) {
          throw lost;
        }
        LOG.debug("Release lost a lock race (attempt {}), trying again", attempt);
      }
    }
  }
}
