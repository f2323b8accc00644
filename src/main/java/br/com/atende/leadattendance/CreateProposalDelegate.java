package br.com.atende.leadattendance;

import br.com.atende.proposal.Proposal;
import br.com.atende.proposal.ProposalService;
import br.com.atende.proposal.Situation;
import static br.com.atende.leadattendance.LeadAttendanceProcess.ATTEMPT_AGENT;
import static br.com.atende.leadattendance.LeadAttendanceProcess.leadId;
import static br.com.atende.leadattendance.LeadAttendanceProcess.PROPOSAL_CODE;
import static br.com.atende.leadattendance.LeadAttendanceProcess.SALE_SITUATION;

import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** CreateProposal (lead-attendance): the sale becomes a proposal with a code, in the situation the agent chose. */
@Component
public class CreateProposalDelegate implements JavaDelegate {

  private final LeadRepository leads;
  private final ProposalService proposals;

  public CreateProposalDelegate(LeadRepository leads, ProposalService proposals) {
    this.leads = leads;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    Proposal proposal = proposals.create(lead, ATTEMPT_AGENT.from(execution), lead.getWorkedStoreCode(),
        Situation.valueOf(SALE_SITUATION.from(execution)));
    PROPOSAL_CODE.set(execution, proposal.getCode());
  }
}
