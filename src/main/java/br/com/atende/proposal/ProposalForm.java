package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.lead.Outcome;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.StoreRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.JsonVariable;
import br.com.atende.common.Markdown;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.common.Phones;
import br.com.atende.proposal.SituationMoves.Phase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What proposal.form shows, loaded from the database each time a proposal task is created, so every
 * phase sees the data as the last one left it: the proposal, its phones, the situations the DMN
 * allows here, the lead's whole history (seed 003's "Aba Histórico") and the proposal's own log.
 */
@Component
public class ProposalForm {

  private final ProposalChangeRepository changes;
  private final ProposalPhoneRepository phones;
  private final LeadAttemptRepository attempts;
  private final CampaignRepository campaigns;
  private final StoreRepository stores;
  private final SituationMoves moves;

  public ProposalForm(ProposalChangeRepository changes, ProposalPhoneRepository phones,
      LeadAttemptRepository attempts, CampaignRepository campaigns, StoreRepository stores, SituationMoves moves) {
    this.changes = changes;
    this.phones = phones;
    this.attempts = attempts;
    this.campaigns = campaigns;
    this.stores = stores;
    this.moves = moves;
  }

  public void load(VariableScope scope, Proposal proposal, Phase phase) {
    Situation current = proposal.getSituation();
    CURRENT_SITUATION.set(scope, current.name());
    CURRENT_SITUATION_LABEL.set(scope, current.label());
    SUMMARY.set(scope, summary(proposal));
    EDITABLE.set(scope, phase != Phase.AUDIT);
    SITUATION_OPTIONS.set(scope, JsonVariable.of(moves.allowed(phase, current).stream()
        .map(s -> Map.of("label", s.label(), "value", s.name())).toList()));
    CLIENT_NAME.set(scope, proposal.getClientName());
    CPF_CNPJ.set(scope, proposal.getCpfCnpj());
    EMAIL.set(scope, proposal.getEmail());
    ADDRESS.set(scope, proposal.getAddress());
    PRODUCT.set(scope, proposal.getProduct());
    List<ProposalPhone> clientPhones = phones.findByProposalIdOrderById(proposal.getId());
    PHONES.set(scope, JsonVariable.of(clientPhones.stream().map(ProposalForm::phone).toList()));
    PHONE_OPTIONS.set(scope, JsonVariable.of(clientPhones.stream()
        .map(p -> Map.of("label", Phones.display(p.getPhone()) + " · " + p.getType().label(), "value", p.getPhone()))
        .toList()));
    HISTORY.set(scope, JsonVariable.of(attempts.findByLeadIdOrderByAttemptNo(proposal.getLeadId()).stream()
        .map(ProposalForm::attempt).toList()));
    CHANGES.set(scope, JsonVariable.of(changes.findByProposalIdOrderById(proposal.getId()).stream()
        .map(ProposalForm::change).toList()));
  }

  private String summary(Proposal proposal) {
    String campaign = campaigns.findById(proposal.getCampaignCode()).map(c -> c.getName())
        .orElse(proposal.getCampaignCode());
    String store = proposal.getStoreCode() == null ? "-"
        : stores.findById(proposal.getStoreCode()).map(s -> s.getName()).orElse(proposal.getStoreCode());
    // Markdown for proposal.form's text component: every value in it is escaped, so it reads as text.
    return "### Proposta " + Markdown.escape(proposal.getCode()) + "\n\n"
        + "**Situação:** " + Markdown.escape(proposal.getSituation().label()) + " · **"
        + Markdown.escape(AuditType.labelOf(proposal.getAuditType()))
        + "**\n\n**Vendedor:** " + Markdown.escape(proposal.getSeller()) + " · **Loja:** " + Markdown.escape(store)
        + " · **Campanha:** " + Markdown.escape(campaign)
        + " · **Data da venda:** " + BusinessTime.formatBrazilian(proposal.getSoldAt());
  }

  private static Map<String, Object> phone(ProposalPhone phone) {
    String display = Phones.display(phone.getPhone());
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("phoneType", phone.getType().name());
    item.put("typeLabel", phone.getType().label());
    // "(62) 99000-0000" split as the agent reads it, DDD apart.
    item.put("ddd", display.substring(1, 3));
    item.put("number", display.substring(display.indexOf(") ") + 2));
    item.put("status", phone.getStatus().name());
    item.put("statusLabel", phone.getStatus().label());
    item.put("lastCall", phone.getLastCallAt() == null ? "Nunca" : BusinessTime.formatBrazilian(phone.getLastCallAt()));
    return item;
  }

  private static Map<String, Object> attempt(LeadAttempt attempt) {
    Outcome outcome = Outcome.valueOf(attempt.getOutcome());
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("when", BusinessTime.formatBrazilian(attempt.getFinishedAt()));
    row.put("agent", attempt.getAgent());
    row.put("outcome", outcome.label()
        + (attempt.getReason() == null ? ""
            : " - " + outcome.reasons().getOrDefault(attempt.getReason(), attempt.getReason())));
    row.put("observation", Objects.toString(attempt.getObservation(), ""));
    row.put("conversation", Objects.toString(attempt.getConversation(), ""));
    return row;
  }

  private static Map<String, Object> change(ProposalChange change) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("when", BusinessTime.formatBrazilian(change.getChangedAt()));
    row.put("who", change.getChangedBy());
    row.put("task", taskLabel(change.getTask()));
    row.put("from", change.getFromSituation() == null ? "" : change.getFromSituation().label());
    row.put("to", change.getToSituation().label());
    row.put("note", String.join(" ", List.of(
        change.getCancelReason() == null ? "" : change.getCancelReason().label() + ".",
        Objects.toString(change.getObservation(), ""),
        change.getChangedFields() == null ? "" : "(" + change.getChangedFields() + ")")).trim());
    return row;
  }

  /** pt-BR name of the step that made a change, for the log. */
  public static String taskLabel(String task) {
    return switch (task) {
      case TASK_RESOLVE_PENDENCY -> "Pendência";
      case TASK_AUDIT_PROPOSAL -> "Auditoria";
      case TASK_MAINTAIN_PROPOSAL -> "Manutenção";
      default -> task;
    };
  }

}
