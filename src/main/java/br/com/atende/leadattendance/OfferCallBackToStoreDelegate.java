package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;

import br.com.atende.leadattendance.CallbackHandover.Reason;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** OfferCallBackToStore: nobody did the callback in time, so any agent of the store may take it. */
@Component
public class OfferCallBackToStoreDelegate implements JavaDelegate {

  private final CallbackHandovers handovers;

  public OfferCallBackToStoreDelegate(CallbackHandovers handovers) {
    this.handovers = handovers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handovers.offerIfStillWithOwner(execution.getProcessInstanceId(), leadId(execution), Reason.NOT_STARTED);
  }
}
