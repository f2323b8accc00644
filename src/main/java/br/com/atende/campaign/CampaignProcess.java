package br.com.atende.campaign;

import br.com.atende.common.BpmnId;
import br.com.atende.common.ProcessVariable;
import java.util.Date;

/** Ids and variables of bpmn/campaign/campaign.bpmn. */
public final class CampaignProcess {

  public static final String KEY = "campaign";

  /** The elements code and tests name (the campaign has no user task and no message). */
  public enum Element implements BpmnId {
    Timer_CampaignEnd, ExpireOpenAttendances, CloseCampaign
  }
  public static final ProcessVariable<String> CAMPAIGN_CODE = ProcessVariable.of("campaignCode", String.class);
  public static final ProcessVariable<Date> CAMPAIGN_ENDS_AT = ProcessVariable.of("campaignEndsAt", Date.class);
  /** Set by ExpireOpenAttendances: its page was full, so another page may be waiting. */
  public static final ProcessVariable<Boolean> OPEN_ATTENDANCES_LEFT =
      ProcessVariable.of("openAttendancesLeft", Boolean.class);

  private CampaignProcess() {}
}
