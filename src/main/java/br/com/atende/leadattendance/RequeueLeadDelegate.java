package br.com.atende.leadattendance;

import br.com.atende.campaign.LeadQueue;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;
import static br.com.atende.leadattendance.LeadAttendanceProcess.LEAD_STATUS;

import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RequeueLead: the lead goes back to the END of its campaign/store queue. */
@Component
public class RequeueLeadDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final LeadQueue queue;

  public RequeueLeadDelegate(LeadRepository leads, LeadQueue queue) {
    this.leads = leads;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.backToQueue();
    queue.enqueue(lead);
    LEAD_STATUS.set(execution, lead.getStatus().name());
  }
}
