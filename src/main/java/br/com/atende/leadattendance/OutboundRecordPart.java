package br.com.atende.leadattendance;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.Codes;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.Outcome;
import br.com.atende.proposal.Proposal;
import br.com.atende.proposal.ProposalRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The outbound side of a client's record: the attempts and proposals of the leads with the client's
 * phone or CPF/CNPJ, whatever campaign they came in.
 */
@Component
class OutboundRecordPart implements ClientRecordPart {

  // A number can be in many mailings; the record shows the latest leads, not every campaign ever.
  private static final int MAX_LEADS = 20;

  private final LeadRepository leads;
  private final LeadAttemptRepository attempts;
  private final ProposalRepository proposals;

  OutboundRecordPart(LeadRepository leads, LeadAttemptRepository attempts, ProposalRepository proposals) {
    this.leads = leads;
    this.attempts = attempts;
    this.proposals = proposals;
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    Map<Long, Lead> same = new LinkedHashMap<>();
    leads.findSameClient(client.getPhone(), client.getCpfCnpj(), PageRequest.of(0, MAX_LEADS))
        .forEach(lead -> same.put(lead.getId(), lead));
    List<TimelineEntry> timeline = new ArrayList<>();
    if (!same.isEmpty()) {
      for (LeadAttempt attempt : attempts.findByLeadIdIn(same.keySet())) {
        Outcome outcome = Codes.parse(Outcome.class, attempt.getOutcome());
        Lead lead = same.get(attempt.getLeadId());
        String reason = outcome == null || attempt.getReason() == null ? null
            : outcome.reasons().getOrDefault(attempt.getReason(), attempt.getReason());
        timeline.add(new TimelineEntry(attempt.getFinishedAt(), "ATTEMPT",
            "Acionamento · campanha " + lead.getCampaignCode() + " · "
                + (outcome == null ? attempt.getOutcome() : outcome.label()) + (reason == null ? "" : " (" + reason + ")"),
            attempt.getObservation(), attempt.getAgent(), String.valueOf(lead.getId()), null));
      }
    }
    Map<String, Proposal> related = new LinkedHashMap<>();
    if (!same.isEmpty()) {
      proposals.findByLeadIdIn(same.keySet()).forEach(proposal -> related.put(proposal.getCode(), proposal));
    }
    if (client.getCpfCnpj() != null) {
      proposals.findByCpfCnpj(client.getCpfCnpj()).forEach(proposal -> related.put(proposal.getCode(), proposal));
    }
    for (Proposal proposal : related.values()) {
      timeline.add(new TimelineEntry(proposal.getSoldAt(), "PROPOSAL",
          "Proposta " + proposal.getCode() + " · " + proposal.getSituation().label(),
          proposal.getProduct(), proposal.getSeller(), proposal.getCode(), null));
    }
    return timeline;
  }
}
