package br.com.atende.proposal;

import br.com.atende.campaign.AuditType;
import br.com.atende.common.Labelled;
import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.lead.Outcome;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.StoreRepository;
import br.com.atende.common.BpmnId;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Markdown;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.common.Phones;
import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.UserTaskForm;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import br.com.atende.proposal.SituationMoves.Phase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * proposal.form, the form of ResolvePendency, AuditProposal and MaintainProposal. Its data is loaded
 * from the database each time a task is created, so every phase sees it as the last one left it:
 * the proposal, its phones, the situations the DMN allows here, the lead's whole history (seed
 * 003's "Aba Histórico") and the proposal's own log. On assignment and complete it enforces
 * four-eyes (the seller never audits their own sale) and the teams; on complete it validates the
 * choice on the server, whatever the client.
 */
@Component
public class ProposalForm implements UserTaskForm {

  public static final String NOT_AN_AUDITOR = "Só a equipe de auditoria audita propostas: a tarefa não pode ir para quem não é auditor.";
  public static final String OWN_SALE_REFUSED = "Quem vendeu não pode auditar a própria proposta: ela fica para outro auditor.";

  private final ProposalChangeRepository changes;
  private final ProposalPhoneRepository phones;
  private final LeadAttemptRepository attempts;
  private final CampaignRepository campaigns;
  private final StoreRepository stores;
  private final SituationMoves moves;
  private final ProposalRepository proposals;

  public ProposalForm(ProposalChangeRepository changes, ProposalPhoneRepository phones,
      LeadAttemptRepository attempts, CampaignRepository campaigns, StoreRepository stores, SituationMoves moves,
      ProposalRepository proposals) {
    this.proposals = proposals;
    this.changes = changes;
    this.phones = phones;
    this.attempts = attempts;
    this.campaigns = campaigns;
    this.stores = stores;
    this.moves = moves;
  }

  @Override
  public void load(DelegateTask task) {
    Phase phase = UserTask.of(task.getTaskDefinitionKey()).phase();
    Proposal proposal = proposalOf(task);
    load(task.getExecution(), proposal, phase);
    if (phase == Phase.PENDENCY) {
      // Seed 003: only the seller works their pendency, whatever the instance's variables say.
      task.setAssignee(proposal.getSeller());
    }
  }

  /** Four-eyes on a claim: the seller never audits their own sale. */
  @Override
  public void assigned(DelegateTask task) {
    Phase phase = UserTask.of(task.getTaskDefinitionKey()).phase();
    requireTeam(task, phase, task.getAssignee());
    refuseOwnSale(phase, task.getAssignee(), proposalOf(task));
  }

  /** The choice checked on the server, whatever the client, and who made it noted for RecordSituation. */
  @Override
  public void validate(DelegateTask task) {
    Phase phase = UserTask.of(task.getTaskDefinitionKey()).phase();
    String user = TaskActor.id(task);
    Proposal proposal = proposalOf(task);
    requireTeam(task, phase, user);
    refuseOwnSale(phase, user, proposal);
    ProposalCompletion completion = ProposalCompletion.from(task, phase != Phase.AUDIT);
    Situation chosen = moves.check(phase, proposal.getSituation(), completion.situation());
    completion.requireWhatTheSituationNeeds(chosen);
    CHANGED_BY.set(task.getExecution(), user);
    CHANGED_IN_TASK.set(task.getExecution(), task.getTaskDefinitionKey());
  }

  /**
   * The audit and the maintenance belong to their teams (or an admin): a team member cannot hand
   * the task to someone outside it, who would then audit the sale. Group membership is read without
   * the caller's authorization, which need not include reading users.
   */
  private static void requireTeam(DelegateTask task, Phase phase, String user) {
    String team = phase == Phase.AUDIT ? Roles.AUDITORS : phase == Phase.MAINTENANCE ? Roles.MAINTENANCE : null;
    if (team == null || user == null) {
      return;
    }
    boolean member = Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices()
        .getIdentityService().createGroupQuery().groupMember(user).groupIdIn(team, Roles.ADMIN).count() > 0);
    if (!member) {
      throw UserFacingException.forbidden(phase == Phase.AUDIT ? NOT_AN_AUDITOR
          : "Só a equipe de manutenção trabalha a manutenção das propostas.");
    }
  }

  /** The seller is the proposal row's, never a variable a completion could have written. */
  private static void refuseOwnSale(Phase phase, String user, Proposal proposal) {
    if (phase == Phase.AUDIT && user != null && user.equals(proposal.getSeller())) {
      throw UserFacingException.badRequest(OWN_SALE_REFUSED);
    }
  }

  private Proposal proposalOf(DelegateTask task) {
    String code = proposalCode(task.getExecution());
    return proposals.findByCode(code).orElseThrow(() -> UserFacingException.badRequest(
        "Nenhuma proposta com o código " + code + ": a manutenção é aberta na página Propostas."));
  }

  private void load(VariableScope scope, Proposal proposal, Phase phase) {
    Situation current = proposal.getSituation();
    CURRENT_SITUATION.set(scope, current.name());
    CURRENT_SITUATION_LABEL.set(scope, current.label());
    SUMMARY.set(scope, summary(proposal));
    EDITABLE.set(scope, phase != Phase.AUDIT);
    SITUATION_OPTIONS.set(scope, moves.allowed(phase, current).stream()
        .map(s -> Map.of("label", s.label(), "value", s.name())).toList());
    CLIENT_NAME.set(scope, proposal.getClientName());
    CPF_CNPJ.set(scope, proposal.getCpfCnpj());
    EMAIL.set(scope, proposal.getEmail());
    ADDRESS.set(scope, proposal.getAddress());
    PRODUCT.set(scope, proposal.getProduct());
    List<ProposalPhone> clientPhones = phones.findByProposalIdOrderById(proposal.getId());
    PHONES.set(scope, clientPhones.stream().map(ProposalForm::phone).toList());
    PHONE_OPTIONS.set(scope, clientPhones.stream()
        .map(p -> Map.of("label", Phones.display(p.getPhone()) + " · " + p.getType().label(), "value", p.getPhone()))
        .toList());
    HISTORY.set(scope, attempts.findByLeadIdOrderByAttemptNo(proposal.getLeadId()).stream()
        .map(ProposalForm::attempt).toList());
    CHANGES.set(scope, changes.findByProposalIdOrderById(proposal.getId()).stream()
        .map(ProposalForm::change).toList());
  }

  private String summary(Proposal proposal) {
    String campaign = campaigns.findById(proposal.getCampaignCode()).map(c -> c.getName())
        .orElse(proposal.getCampaignCode());
    String store = proposal.getStoreCode() == null ? "-"
        : stores.findById(proposal.getStoreCode()).map(s -> s.getName()).orElse(proposal.getStoreCode());
    // Markdown for proposal.form's text component: every value in it is escaped, so it reads as text.
    return "### Proposta " + Markdown.escape(proposal.getCode()) + "\n\n"
        + "**Situação:** " + Markdown.escape(proposal.getSituation().label()) + " · **"
        + Markdown.escape(Labelled.labelOf(AuditType.class, proposal.getAuditType()))
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
    ProposalProcess.UserTask step = BpmnId.find(ProposalProcess.UserTask.class, task);
    return step == null ? task : step.label();
  }

}
