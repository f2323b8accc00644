package br.com.atende.leadattendance;

import br.com.atende.common.Phones;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.lead.LeadRepository;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.proposal.Proposal;
import br.com.atende.proposal.ProposalRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One lead with its attempts, for whoever may see it. */
@Service
public class LeadDetails {

  private final LeadRepository leads;
  private final LeadAttemptRepository attempts;
  private final CampaignRepository campaigns;
  private final ProposalRepository proposals;

  public LeadDetails(LeadRepository leads, LeadAttemptRepository attempts, CampaignRepository campaigns,
      ProposalRepository proposals) {
    this.leads = leads;
    this.attempts = attempts;
    this.campaigns = campaigns;
    this.proposals = proposals;
  }

  public record AttemptView(int attemptNo, String agent, String task, String actionType, String outcome, String reason,
      String observation, String callbackAt, String saleDescription, String conversation, String finishedAt) {}

  public record LeadView(Long id, String campaignCode, String storeCode, String name, String phone, String phone2,
      String address, String status, int attempts, int noAnswerAttempts, String callbackAt, String callbackKind,
      String assignee, String saleDescription, String proposalCode, String processInstanceId,
      String closedReason, List<AttemptView> history) {}

  @Transactional(readOnly = true)
  public LeadView view(Long id, AtendeUser user) {
    Lead lead = leads.findById(id).orElseThrow(() -> UserFacingException.notFound("Lead " + id + " não encontrado."));
    requireVisible(lead, user);
    List<AttemptView> history = attempts.findByLeadIdOrderByAttemptNo(id).stream()
        .map(a -> new AttemptView(a.getAttemptNo(), a.getAgent(), a.getTask(), a.getActionType(), a.getOutcome(),
            a.getReason(),
            a.getObservation(), BusinessTime.formatLocalMinutes(a.getCallbackAt()), a.getSaleDescription(),
            a.getConversation(), a.getFinishedAt().toString()))
        .toList();
    return new LeadView(lead.getId(), lead.getCampaignCode(), lead.getStoreCode(), lead.getName(),
        Phones.display(lead.getPhone()), Phones.display(lead.getPhone2()), lead.fullAddress(), lead.getStatus().name(),
        lead.getAttempts(), lead.getNoAnswerAttempts(), BusinessTime.formatLocalMinutes(lead.getCallbackAt()),
        lead.getCallbackKind(), lead.getAssignee(), lead.getSaleDescription(),
        proposals.findFirstByLeadIdOrderByIdDesc(id).map(Proposal::getCode).orElse(null),
        lead.getProcessInstanceId(), lead.getClosedReason(), history);
  }

  /**
   * A manager sees the leads of the stores they oversee; an agent the leads of the stores they
   * work, and any lead they worked themselves. A lead's store is the one it was assigned to, else
   * the one that worked it, else (never pulled) any store of its campaign.
   */
  private void requireVisible(Lead lead, AtendeUser user) {
    if (user.id().equals(lead.getAssignee()) || attempts.existsByLeadIdAndAgent(lead.getId(), user.id())) {
      return;
    }
    String store = lead.getStoreCode() != null ? lead.getStoreCode() : lead.getWorkedStoreCode();
    boolean visible = store != null ? user.reaches(store)
        : campaigns.findById(lead.getCampaignCode()).map(Campaign::getStores).orElseThrow().stream()
            .anyMatch(s -> user.reaches(s.getCode()));
    if (!visible) {
      throw UserFacingException.forbidden("Você não tem acesso a este lead.");
    }
  }
}
