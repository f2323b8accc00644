package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_DUE_AT;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.leadattendance.LeadAttendanceProcess.Message;
import br.com.atende.leadattendance.LeadAttendanceProcess.UserTask;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
  private final TaskService taskService;
  private final CallbackWindow window;

  public CallbackService(LeadRepository leads, RuntimeService runtimeService, TaskService taskService,
      CallbackWindow window) {
    this.leads = leads;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.window = window;
  }

  /** What "Atender agora" opened: the CallBack task, or why there is none (message, pt-BR). */
  public record TakenNow(Long leadId, String status, String taskId, String message) {}

  /**
   * "Atender agora" (seed 000: "finalizar um atendimento agendado" at any time, issue 16 item 2):
   * the CallBack task, which otherwise opens 15 minutes before the callback, opens now for the
   * agent who holds it, who finishes it in Tasklist. Only that agent: it is their call to make.
   * The number's opt-out is checked on the way, as at the reminder.
   */
  @Transactional
  public TakenNow takeNow(AtendeUser user, Long leadId) {
    Lead lead = scheduledLead(user, leadId);
    if (!user.id().equals(lead.getAssignee())) {
      throw UserFacingException.forbidden("Somente quem tem o retorno na agenda pode atendê-lo agora.");
    }
    Task task = callBackTask(lead);
    if (task == null) {
      runtimeService.createMessageCorrelation(Message.CallbackTakenNow.id())
          .processInstanceId(lead.getProcessInstanceId())
          .correlate();
      task = callBackTask(lead);
    }
    if (task == null) {
      return new TakenNow(lead.getId(), lead.getStatus().name(), null, lead.getClosedReason());
    }
    if (!user.id().equals(task.getAssignee())) {
      throw UserFacingException.conflict("Este retorno foi oferecido aos consultores da loja: pegue-o no Tasklist,"
          + " em \"Retornos da loja\".");
    }
    return new TakenNow(lead.getId(), lead.getStatus().name(), task.getId(), null);
  }

  private Task callBackTask(Lead lead) {
    return taskService.createTaskQuery().processInstanceId(lead.getProcessInstanceId())
        .taskDefinitionKey(UserTask.CallBack.id()).singleResult();
  }

  @Transactional
  public Lead reschedule(AtendeUser user, Long leadId, String callbackAt) {
    Lead lead = scheduledLead(user, leadId);
    LocalDateTime local = BusinessTime.parseLocal(callbackAt)
        .orElseThrow(() -> UserFacingException.badRequest("Informe a nova data e hora do retorno."));
    window.check(local, lead.getPhone());
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
