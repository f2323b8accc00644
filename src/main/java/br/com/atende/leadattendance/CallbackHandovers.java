package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.CALLBACK_AGENT;

import br.com.atende.availability.Availability;
import br.com.atende.availability.AvailabilityChanged;
import br.com.atende.availability.AvailabilityStatus;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.leadattendance.CallbackHandover.Reason;
import br.com.atende.leadattendance.LeadAttendanceProcess.UserTask;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks that survive an absent owner (issue 15 item 4). A CallBack task is its owner's; when
 * the owner is marked away, or nobody did it in time (the BPMN's Timer_CallBackUnattended), it is
 * offered to the agents of the lead's store: unassigned, candidate group store-&lt;code&gt;, so any of
 * them claims it in Tasklist (filter "Retornos da loja") and agents of other stores never see it.
 * Whoever claims it holds the lead's callback from then on.
 */
@Service
public class CallbackHandovers {

  private final CallbackHandoverRepository handovers;
  private final LeadRepository leads;
  private final Availability availability;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public CallbackHandovers(CallbackHandoverRepository handovers, LeadRepository leads, Availability availability,
      TaskService taskService, RuntimeService runtimeService, IdentityService identityService) {
    this.handovers = handovers;
    this.leads = leads;
    this.availability = availability;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** At the CallBack task's creation: an owner marked away today does not get it. */
  void atCreation(DelegateTask task, Lead lead) {
    String owner = task.getAssignee();
    if (owner != null && availability.of(owner) != AvailabilityStatus.AVAILABLE) {
      task.setAssignee(null);
      task.addCandidateGroup(Roles.storeGroup(storeOf(lead)));
      handovers.save(new CallbackHandover(lead.getId(), owner, storeOf(lead), Reason.OWNER_ABSENT));
    }
  }

  /** The open CallBack task of the instance, if its owner still holds it, goes to the store. */
  void offerIfStillWithOwner(String processInstanceId, Long leadId, Reason reason) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(UserTask.CallBack.id()).singleResult();
    Lead lead = leads.findById(leadId).orElseThrow();
    // Already offered, or claimed by a colleague: nobody waits for the owner any more.
    if (task != null && task.getAssignee() != null && task.getAssignee().equals(lead.getAssignee())) {
      offer(task, lead, reason);
    }
  }

  /** An owner marked away hands on the CallBack tasks they hold now; later ones at their creation. */
  @EventListener
  @Transactional
  public void ownerAway(AvailabilityChanged change) {
    if (availability.of(change.userId()) == AvailabilityStatus.AVAILABLE) {
      return;
    }
    for (Task task : taskService.createTaskQuery().taskAssignee(change.userId())
        .processDefinitionKey(LeadAttendanceProcess.KEY).taskDefinitionKey(UserTask.CallBack.id()).list()) {
      String leadId = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult().getBusinessKey();
      offer(task, leads.findById(Long.valueOf(leadId)).orElseThrow(), Reason.OWNER_ABSENT);
    }
  }

  /**
   * A claim of an offered callback: only an agent of the lead's store (engine authorization already
   * keeps others out of the task; this also holds for Java callers). The claimer now holds it.
   * Whether someone took the callback over.
   */
  boolean claimed(DelegateTask task, Lead lead) {
    String assignee = task.getAssignee();
    if (assignee == null || assignee.equals(lead.getAssignee())) {
      return false;
    }
    String group = Roles.storeGroup(storeOf(lead));
    if (identityService.createUserQuery().userId(assignee).memberOfGroup(group).count() == 0) {
      throw UserFacingException.forbidden("Este retorno é dos consultores da loja " + storeOf(lead) + ".");
    }
    lead.callbackTakenBy(assignee);
    CALLBACK_AGENT.set(task.getExecution(), assignee);
    return true;
  }

  private void offer(Task task, Lead lead, Reason reason) {
    String owner = task.getAssignee();
    taskService.setAssignee(task.getId(), null);
    taskService.addCandidateGroup(task.getId(), Roles.storeGroup(storeOf(lead)));
    handovers.save(new CallbackHandover(lead.getId(), owner, storeOf(lead), reason));
  }

  private static String storeOf(Lead lead) {
    return lead.getWorkedStoreCode() != null ? lead.getWorkedStoreCode() : lead.getStoreCode();
  }
}
