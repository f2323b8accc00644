package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.proposal.SituationMoves.Phase;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of ResolvePendency, AuditProposal and MaintainProposal. On create it loads the form's data;
 * on assignment and complete it enforces four-eyes (the seller never audits their own sale); on
 * complete it validates the choice on the server, whatever the client, and notes who made it. A
 * refusal rolls the completion back: the task stays open, unchanged.
 */
@Component
public class ProposalTaskListener implements TaskListener {

  static final String OWN_SALE_REFUSED = "Quem vendeu não pode auditar a própria proposta: ela fica para outro auditor.";

  private final ProposalForm form;
  private final SituationMoves moves;
  private final ProposalRepository proposals;

  public ProposalTaskListener(ProposalForm form, SituationMoves moves, ProposalRepository proposals) {
    this.form = form;
    this.moves = moves;
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    Phase phase = Phase.ofTask(task.getTaskDefinitionKey());
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> form.load(task.getExecution(), phase);
      case EVENTNAME_ASSIGNMENT -> refuseOwnSale(phase, task.getAssignee(), task);
      case EVENTNAME_COMPLETE -> complete(task, phase);
      default -> { }
    }
  }

  private void complete(DelegateTask task, Phase phase) {
    String user = TaskActor.id(task);
    refuseOwnSale(phase, user, task);
    Proposal proposal = proposals.findByCode(PROPOSAL_CODE.from(task)).orElseThrow();
    ProposalCompletion completion = ProposalCompletion.from(task, phase != Phase.AUDIT);
    Situation chosen = moves.check(phase, proposal.getSituation(), completion.situation());
    completion.requireWhatTheSituationNeeds(chosen);
    CHANGED_BY.set(task.getExecution(), user);
    CHANGED_IN_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }

  private static void refuseOwnSale(Phase phase, String user, DelegateTask task) {
    if (phase == Phase.AUDIT && user != null && user.equals(SELLER.from(task))) {
      throw UserFacingException.badRequest(OWN_SALE_REFUSED);
    }
  }
}
