package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.common.TaskActor;
import br.com.atende.common.UserFacingException;
import br.com.atende.proposal.SituationMoves.Phase;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Listener of ResolvePendency, AuditProposal and MaintainProposal. On create it loads the form's data;
 * on assignment and complete it enforces four-eyes (the seller never audits their own sale); on
 * complete it validates the choice on the server, whatever the client, and notes who made it. A
 * refusal rolls the completion back: the task stays open, unchanged.
 */
@Component
public class ProposalTaskListener implements TaskListener {

  public static final String NOT_AN_AUDITOR = "Só a equipe de auditoria audita propostas: a tarefa não pode ir para quem não é auditor.";
  public static final String OWN_SALE_REFUSED = "Quem vendeu não pode auditar a própria proposta: ela fica para outro auditor.";

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
      case EVENTNAME_CREATE -> create(task, phase);
      case EVENTNAME_ASSIGNMENT -> {
        requireTeam(task, phase, task.getAssignee());
        refuseOwnSale(phase, task.getAssignee(), proposalOf(task));
      }
      case EVENTNAME_COMPLETE -> complete(task, phase);
      default -> { }
    }
  }

  private void create(DelegateTask task, Phase phase) {
    Proposal proposal = proposalOf(task);
    form.load(task.getExecution(), proposal, phase);
    if (phase == Phase.PENDENCY) {
      // Seed 003: only the seller works their pendency, whatever the instance's variables say.
      task.setAssignee(proposal.getSeller());
    }
  }

  private void complete(DelegateTask task, Phase phase) {
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
}
