package br.com.atende.leadattendance;

import br.com.atende.campaign.OpenAttendances;
import br.com.atende.lead.LeadStatus;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign's open attendances get CampaignClosed, a page at a time. The page comes from the
 * leads' own index (campaign, status): an open lead has an open attendance, and each one expired
 * leaves the open statuses, so every page costs the same however many are open. (The engine's query
 * by process variable and subscription read more of ACT_RU_VARIABLE the more were open.)
 */
@Component
class CampaignClosedAttendances implements OpenAttendances {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignClosedAttendances.class);
  private static final List<String> OPEN = List.of(LeadStatus.IN_PROGRESS.name(), LeadStatus.QUEUED.name(),
      LeadStatus.SCHEDULED.name());

  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;

  CampaignClosedAttendances(RuntimeService runtimeService, JdbcTemplate jdbc) {
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
  }

  @Override
  public Batch expireBatch(String campaignCode, int batchSize) {
    List<String> page = jdbc.queryForList("SELECT process_instance_id FROM leads WHERE campaign_code = ? "
        + "AND status IN (?, ?, ?) AND process_instance_id IS NOT NULL LIMIT ?", String.class, campaignCode,
        OPEN.get(0), OPEN.get(1), OPEN.get(2), batchSize);
    int expired = 0;
    for (String processInstanceId : page) {
      expired += runtimeService.createMessageCorrelation(LeadAttendanceProcess.Message.CampaignClosed.id())
          .processInstanceId(processInstanceId)
          .correlateAllWithResult().size();
    }
    // Only a lead whose instance was deleted by hand (Cockpit) can be open with no attendance to expire.
    if (expired < page.size()) {
      LOG.warn("Campaign {}: {} open leads have no attendance waiting for CampaignClosed", campaignCode,
          page.size() - expired);
    }
    return new Batch(page.size(), expired, page.size() == batchSize && expired > 0);
  }
}
