package br.com.atende.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * ExpireOpenAttendances: expires one page of the closed campaign's open attendances. The task is
 * asynchronous and loops while a page was full, so a campaign with 20,000 open attendances closes in
 * jobs of {@code atende.campaign.close-batch-size}, each its own transaction, not in one.
 */
@Component
public class ExpireOpenAttendancesDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ExpireOpenAttendancesDelegate.class);

  private final OpenAttendances attendances;
  private final int batchSize;

  public ExpireOpenAttendancesDelegate(OpenAttendances attendances,
      @Value("${atende.campaign.close-batch-size:500}") int batchSize) {
    this.attendances = attendances;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CampaignProcess.CAMPAIGN_CODE.from(execution);
    OpenAttendances.Batch batch = attendances.expireBatch(code, batchSize);
    CampaignProcess.OPEN_ATTENDANCES_LEFT.set(execution, batch.moreLeft());
    LOG.info("Campaign {}: {} open attendances expired in this batch", code, batch.expired());
  }
}
