package br.com.atende.leadattendance;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Labelled;
import br.com.atende.common.Markdown;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seed 001: "o histórico das ações grava tudo que foi feito e facilita na escolha das estratégias
 * evitando ações repetidas". The attempts on this lead and on the leads with the same phone or
 * CPF/CNPJ in any campaign, newest first, as a markdown table for the attendance form: every value
 * from a mailing or an agent escaped, so it reads as text.
 */
@Component
class ClientHistory {

  static final String NONE = "Nenhuma ação anterior com este cliente.";
  // The form shows the latest; the client's record (/api/clients) keeps the whole story.
  private static final int MAX_LEADS = 20;
  private static final int MAX_ATTEMPTS = 15;
  private static final int MAX_OBSERVATION = 200;

  private final LeadRepository leads;
  private final LeadAttemptRepository attempts;
  private final CampaignRepository campaigns;

  ClientHistory(LeadRepository leads, LeadAttemptRepository attempts, CampaignRepository campaigns) {
    this.leads = leads;
    this.attempts = attempts;
    this.campaigns = campaigns;
  }

  String markdown(Long leadId) {
    Lead lead = leads.findById(leadId).orElseThrow();
    Map<Long, Lead> same = leads.findSameClient(lead.getPhone(), lead.getCpfCnpj(), PageRequest.of(0, MAX_LEADS))
        .stream().collect(Collectors.toMap(Lead::getId, Function.identity()));
    same.put(lead.getId(), lead);
    List<LeadAttempt> done = attempts.findByLeadIdIn(same.keySet()).stream()
        .sorted(Comparator.comparing(LeadAttempt::getFinishedAt).reversed())
        .limit(MAX_ATTEMPTS)
        .toList();
    if (done.isEmpty()) {
      return NONE;
    }
    Map<String, String> campaignNames = campaigns.findAllById(
            done.stream().map(a -> same.get(a.getLeadId()).getCampaignCode()).collect(Collectors.toSet()))
        .stream().collect(Collectors.toMap(Campaign::getCode, Campaign::getName));
    StringBuilder table = new StringBuilder("| Data | Campanha | Atendente | Resultado | Observações |\n"
        + "| --- | --- | --- | --- | --- |\n");
    for (LeadAttempt attempt : done) {
      String campaign = same.get(attempt.getLeadId()).getCampaignCode();
      table.append("| ").append(BusinessTime.formatBrazilian(attempt.getFinishedAt()))
          .append(" | ").append(cell(campaignNames.getOrDefault(campaign, campaign)))
          .append(" | ").append(cell(attempt.getAgent()))
          .append(" | ").append(cell(outcome(attempt)))
          .append(" | ").append(cell(shortened(attempt.getObservation())))
          .append(" |\n");
    }
    return table.toString();
  }

  /** "Recusado (Preço)"; a code no longer known shows as stored. */
  private static String outcome(LeadAttempt attempt) {
    String label = Labelled.labelOf(Outcome.class, attempt.getOutcome());
    return attempt.getReason() == null ? label
        : label + " (" + Outcome.reasonLabelOf(attempt.getOutcome(), attempt.getReason()) + ")";
  }

  private static String shortened(String text) {
    return text == null || text.length() <= MAX_OBSERVATION ? text : text.substring(0, MAX_OBSERVATION - 1) + "…";
  }

  /** An empty cell stays a cell: a blank between the pipes. */
  private static String cell(String text) {
    return text == null || text.isBlank() ? "-" : Markdown.escape(text);
  }
}
