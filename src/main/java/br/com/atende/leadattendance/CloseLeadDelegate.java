package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import static br.com.atende.leadattendance.LeadAttendanceProcess.LAST_OUTCOME;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;
import static br.com.atende.leadattendance.LeadAttendanceProcess.LEAD_STATUS;

import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CloseLead: the lead ends for this campaign with the final status of its last outcome. */
@Component
public class CloseLeadDelegate implements JavaDelegate {

  private final LeadRepository leads;

  public CloseLeadDelegate(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.close(Outcome.valueOf(LAST_OUTCOME.from(execution)).closedAs());
    LEAD_STATUS.set(execution, lead.getStatus().name());
  }
}
