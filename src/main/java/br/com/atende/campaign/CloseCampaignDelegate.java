package br.com.atende.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * CloseCampaign: no more leads are served. Its open attendances then expire in batches
 * (ExpireOpenAttendances), each in its own transaction.
 */
@Component
public class CloseCampaignDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CloseCampaignDelegate.class);

  private final CampaignRepository campaigns;
  private final LeadQueue queue;

  public CloseCampaignDelegate(CampaignRepository campaigns, LeadQueue queue) {
    this.campaigns = campaigns;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CampaignProcess.CAMPAIGN_CODE.from(execution);
    Campaign campaign = campaigns.findById(code).orElseThrow();
    campaign.close();
    int dequeued = queue.removeCampaign(code);
    LOG.info("Campaign {} closed: {} leads taken out of the queue", code, dequeued);
  }
}
