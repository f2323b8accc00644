package br.com.atende.campaign;

import br.com.atende.attendance.LeadAttendanceProcess;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Execution;
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

  private final RuntimeService runtimeService;
  private final int batchSize;

  public ExpireOpenAttendancesDelegate(RuntimeService runtimeService,
      @Value("${atende.campaign.close-batch-size:500}") int batchSize) {
    this.runtimeService = runtimeService;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = CampaignProcess.CAMPAIGN_CODE.from(execution);
    // The attendances still waiting for CampaignClosed: each one correlated leaves this query.
    List<Execution> page = runtimeService.createExecutionQuery()
        .processDefinitionKey(LeadAttendanceProcess.KEY)
        .messageEventSubscriptionName(LeadAttendanceProcess.MESSAGE_CAMPAIGN_CLOSED)
        .processVariableValueEquals(LeadAttendanceProcess.CAMPAIGN_CODE.name(), code)
        .listPage(0, batchSize);
    for (Execution open : page) {
      runtimeService.createMessageCorrelation(LeadAttendanceProcess.MESSAGE_CAMPAIGN_CLOSED)
          .processInstanceId(open.getProcessInstanceId())
          .correlateAllWithResult();
    }
    CampaignProcess.OPEN_ATTENDANCES_LEFT.set(execution, page.size() == batchSize);
    LOG.info("Campaign {}: {} open attendances expired in this batch", code, page.size());
  }
}
