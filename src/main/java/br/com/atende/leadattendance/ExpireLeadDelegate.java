package br.com.atende.leadattendance;

import br.com.atende.campaign.LeadQueue;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;
import static br.com.atende.leadattendance.LeadAttendanceProcess.LEAD_STATUS;

import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ExpireLead: the campaign closed while this lead was still open. */
@Component
public class ExpireLeadDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final LeadQueue queue;

  public ExpireLeadDelegate(LeadRepository leads, LeadQueue queue) {
    this.leads = leads;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.close(LeadStatus.EXPIRED);
    queue.remove(lead.getId());
    LEAD_STATUS.set(execution, lead.getStatus().name());
  }
}
