package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ScheduleCallback (also after a reschedule): books the callback for the agent who holds it (who
 * scheduled it, or the colleague who took it over) and sets the reminder; the lead time (15 min in
 * seed 000) is the task's input "reminderMinutes", and how long an undone CallBack waits for its
 * owner before the store's agents may take it is the input "offerToStoreAfterMinutes".
 */
@Component
public class ScheduleCallbackDelegate implements JavaDelegate {

  private final LeadRepository leads;

  public ScheduleCallbackDelegate(LeadRepository leads) {
    this.leads = leads;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant due = CALLBACK_DUE_AT.from(execution).toInstant();
    int reminderMinutes = REMINDER_MINUTES.from(execution);
    // Instances started before callbacks could change hands kept only the attempt's agent.
    String agent = CALLBACK_AGENT.from(execution) != null ? CALLBACK_AGENT.from(execution) : ATTEMPT_AGENT.from(execution);
    CALLBACK_AGENT.set(execution, agent);
    CALLBACK_REMINDER_AT.set(execution, BusinessTime.toDate(due.minus(Duration.ofMinutes(reminderMinutes))));
    Integer offerAfter = OFFER_TO_STORE_AFTER_MINUTES.from(execution);
    if (offerAfter != null) {
      CALLBACK_OFFER_AT.set(execution, BusinessTime.toDate(due.plus(Duration.ofMinutes(offerAfter))));
    }
    CONVERSATION.set(execution, SCRIPT.from(execution));
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.scheduleCallback(due, LAST_OUTCOME.from(execution), agent);
    LEAD_STATUS.set(execution, lead.getStatus().name());
  }
}
