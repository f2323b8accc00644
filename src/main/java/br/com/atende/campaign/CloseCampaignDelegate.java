package br.com.atende.campaign;

import br.com.atende.attendance.LeadAttendanceProcess;
import br.com.atende.attendance.LeadQueue;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** CloseCampaign: no more leads are served and every open attendance of the campaign expires. */
@Component
public class CloseCampaignDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CloseCampaignDelegate.class);

  private final CampaignRepository campaigns;
  private final LeadQueue queue;
  private final RuntimeService runtimeService;

  public CloseCampaignDelegate(CampaignRepository campaigns, LeadQueue queue, RuntimeService runtimeService) {
    this.campaigns = campaigns;
    this.queue = queue;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CampaignProcess.CAMPAIGN_CODE.from(execution);
    Campaign campaign = campaigns.findById(code).orElseThrow();
    campaign.close();
    int dequeued = queue.removeCampaign(code);
    var expired = runtimeService.createMessageCorrelation(LeadAttendanceProcess.MESSAGE_CAMPAIGN_CLOSED)
        .processInstanceVariableEquals(LeadAttendanceProcess.CAMPAIGN_CODE.name(), code)
        .correlateAllWithResult();
    LOG.info("Campaign {} closed: {} leads taken out of the queue, {} open attendances expired", code, dequeued,
        expired.size());
  }
}
