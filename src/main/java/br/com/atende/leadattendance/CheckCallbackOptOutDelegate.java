package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_OPTED_OUT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;

import br.com.atende.lead.LeadRepository;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * CheckCallbackOptOut: a callback that comes due asks the opt-out ledger first, since the number
 * may have opted out of calls after it was booked (issue 15: no callback reaches an opted-out channel).
 */
@Component
public class CheckCallbackOptOutDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final OptOutLedger ledger;

  public CheckCallbackOptOutDelegate(LeadRepository leads, OptOutLedger ledger) {
    this.leads = leads;
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String phone = leads.findById(leadId(execution)).orElseThrow().getPhone();
    CALLBACK_OPTED_OUT.set(execution, ledger.blocks(phone, OptOutChannel.VOICE));
  }
}
