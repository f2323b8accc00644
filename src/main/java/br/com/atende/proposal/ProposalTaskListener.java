package br.com.atende.proposal;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.proposal.ProposalProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** proposal.bpmn's task listener: every proposal task is worked through proposal.form. */
@Component
public class ProposalTaskListener extends UserTaskFormListener {

  public ProposalTaskListener(ProposalForm form) {
    super(Map.of(UserTask.ResolvePendency, form, UserTask.AuditProposal, form, UserTask.MaintainProposal, form));
  }
}
