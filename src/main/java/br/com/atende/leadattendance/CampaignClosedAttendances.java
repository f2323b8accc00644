package br.com.atende.leadattendance;

import br.com.atende.campaign.OpenAttendances;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.stereotype.Component;

/** The campaign's open attendances get CampaignClosed, a page at a time; each one correlated leaves the query. */
@Component
class CampaignClosedAttendances implements OpenAttendances {

  private final RuntimeService runtimeService;

  CampaignClosedAttendances(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public int expireBatch(String campaignCode, int batchSize) {
    List<Execution> page = runtimeService.createExecutionQuery()
        .processDefinitionKey(LeadAttendanceProcess.KEY)
        .messageEventSubscriptionName(LeadAttendanceProcess.Message.CampaignClosed.id())
        .processVariableValueEquals(LeadAttendanceProcess.CAMPAIGN_CODE.name(), campaignCode)
        .listPage(0, batchSize);
    for (Execution open : page) {
      runtimeService.createMessageCorrelation(LeadAttendanceProcess.Message.CampaignClosed.id())
          .processInstanceId(open.getProcessInstanceId())
          .correlateAllWithResult();
    }
    return page.size();
  }
}
