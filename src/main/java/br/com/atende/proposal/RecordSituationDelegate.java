package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordSituation: stores the validated choice and edits, logs the move, and routes on the new situation. */
@Component
public class RecordSituationDelegate implements JavaDelegate {

  private final ProposalService proposals;

  public RecordSituationDelegate(ProposalService proposals) {
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String task = CHANGED_IN_TASK.from(execution);
    ProposalCompletion completion =
        ProposalCompletion.from(execution, !UserTask.AuditProposal.id().equals(task));
    Situation chosen = Situation.valueOf(completion.situation());
    proposals.record(proposalCode(execution), task, CHANGED_BY.from(execution), chosen, completion);
    SITUATION.set(execution, chosen.name());
    COMPLETION_INPUTS.forEach(variable -> variable.remove(execution));
  }
}
