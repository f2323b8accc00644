package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_DUE_AT;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.leadattendance.LeadAttendanceProcess.Message;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rescheduling and cancelling a booked callback, as messages to the lead's process instance. A
 * cancelled callback sends the lead back to the end of the queue, so it is not lost.
 */
@Service
public class CallbackService {

  private final LeadRepository leads;
  private final RuntimeService runtimeService;
  private final CallbackWindow window;

  public CallbackService(LeadRepository leads, RuntimeService runtimeService, CallbackWindow window) {
    this.leads = leads;
    this.runtimeService = runtimeService;
    this.window = window;
  }

  @Transactional
  public Lead reschedule(AtendeUser user, Long leadId, String callbackAt) {
    Lead lead = scheduledLead(user, leadId);
    LocalDateTime local = BusinessTime.parseLocal(callbackAt)
        .orElseThrow(() -> UserFacingException.badRequest("Informe a nova data e hora do retorno."));
    window.check(local);
    runtimeService.createMessageCorrelation(Message.CallbackRescheduled.id())
        .processInstanceId(lead.getProcessInstanceId())
        .setVariable(CALLBACK_DUE_AT.name(), BusinessTime.toDate(BusinessTime.toInstant(local)))
        .correlate();
    return lead;
  }

  @Transactional
  public Lead cancel(AtendeUser user, Long leadId) {
    Lead lead = scheduledLead(user, leadId);
    runtimeService.createMessageCorrelation(Message.CallbackCancelled.id())
        .processInstanceId(lead.getProcessInstanceId())
        .correlate();
    return lead;
  }

  private Lead scheduledLead(AtendeUser user, Long leadId) {
    Lead lead = leads.findById(leadId)
        .orElseThrow(() -> UserFacingException.notFound("Lead " + leadId + " não encontrado."));
    if (lead.getStatus() != LeadStatus.SCHEDULED) {
      throw UserFacingException.conflict("Este lead não tem retorno agendado.");
    }
    if (!user.id().equals(lead.getAssignee()) && !user.oversees(lead.getWorkedStoreCode())) {
      throw UserFacingException.forbidden("Somente quem agendou o retorno (ou um supervisor) pode alterá-lo.");
    }
    return lead;
  }
}
