package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.LEAD_STATUS;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;

import br.com.atende.common.BusinessTime;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CloseOptedOutCallback: the lead ends without the call, and the agenda and the lead say why. */
@Component
public class CloseOptedOutCallbackDelegate implements JavaDelegate {

  private final LeadRepository leads;

  public CloseOptedOutCallbackDelegate(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.closeOptedOut("Retorno de " + BusinessTime.formatBrazilian(lead.getCallbackAt())
        + " não feito: o número pediu para não receber ligações (opt-out).");
    LEAD_STATUS.set(execution, lead.getStatus().name());
  }
}
