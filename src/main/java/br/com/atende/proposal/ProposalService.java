package br.com.atende.proposal;

import static br.com.atende.proposal.ProposalProcess.*;

import br.com.atende.engine.OpenTasks;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.lead.Lead;
import br.com.atende.common.Phones;
import br.com.atende.proposal.ProposalCompletion.Dial;
import br.com.atende.proposal.ProposalCompletion.Edit;
import br.com.atende.proposal.ProposalCompletion.PhoneEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating a proposal from a sale, recording each move and edit, and opening maintenance. */
@Service
public class ProposalService {

  private final ProposalRepository proposals;
  private final ProposalChangeRepository changes;
  private final ProposalPhoneRepository phones;
  private final CampaignRepository campaigns;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public ProposalService(ProposalRepository proposals, ProposalChangeRepository changes,
      ProposalPhoneRepository phones, CampaignRepository campaigns, RuntimeService runtimeService,
      TaskService taskService) {
    this.proposals = proposals;
    this.changes = changes;
    this.phones = phones;
    this.campaigns = campaigns;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** The sale's proposal, with its code, and its `proposal` instance started in the chosen situation. */
  @Transactional
  public Proposal create(Lead lead, String seller, String storeCode, Situation situation) {
    String auditType = campaigns.findById(lead.getCampaignCode()).orElseThrow().getAuditType().name();
    Proposal proposal = proposals.saveAndFlush(new Proposal(lead.getId(), lead.getCampaignCode(), storeCode, seller,
        auditType, lead.getName(), lead.getCpfCnpj(), lead.getEmail(), lead.fullAddress(), lead.getSaleDescription(),
        situation));
    proposal.assignCode();
    for (String phone : new String[] {lead.getPhone(), lead.getPhone2()}) {
      if (phone != null) {
        phones.save(new ProposalPhone(proposal.getId(),
            Phones.isMobile(phone) ? ProposalPhone.Type.CELULAR : ProposalPhone.Type.RESIDENCIAL, phone));
      }
    }
    changes.save(new ProposalChange(proposal.getId(), proposal.getSoldAt(), seller, SALE, null, situation, null, null,
        null));
    Map<String, Object> variables = new HashMap<>();
    PROPOSAL_CODE.put(variables, proposal.getCode());
    SELLER.put(variables, seller);
    SITUATION.put(variables, situation.name());
    proposal.startedAs(runtimeService.startProcessInstanceByKey(KEY, proposal.getCode(), variables).getId());
    return proposal;
  }

  public Proposal byCode(String code) {
    return proposals.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Proposta " + code + " não encontrada."));
  }

  /**
   * Applies a validated completion: the edits (each changed field logged as before → after), the
   * phones, and the move to the chosen situation, in one log entry.
   */
  @Transactional
  public void record(String code, String task, String user, Situation chosen, ProposalCompletion completion) {
    Proposal proposal = byCode(code);
    Situation from = proposal.getSituation();
    String changedFields = completion.edit() == null ? null : applyEdit(proposal, completion.edit());
    proposal.moveTo(chosen);
    changes.save(new ProposalChange(proposal.getId(), BusinessTime.now(), user, task, from, chosen,
        completion.cancelReason(), completion.observation(), changedFields));
  }

  private String applyEdit(Proposal proposal, Edit edit) {
    List<String> changed = new ArrayList<>();
    compare(changed, "Nome", proposal.getClientName(), edit.clientName());
    compare(changed, "CPF/CNPJ", proposal.getCpfCnpj(), edit.cpfCnpj());
    compare(changed, "E-mail", proposal.getEmail(), edit.email());
    compare(changed, "Endereço", proposal.getAddress(), edit.address());
    compare(changed, "Produto", proposal.getProduct(), edit.product());
    proposal.edit(edit.clientName(), edit.cpfCnpj(), edit.email(), edit.address(), edit.product());

    List<ProposalPhone> stored = phones.findByProposalIdOrderById(proposal.getId());
    PhoneEntry newPhone = edit.newPhone();
    if (newPhone != null && stored.stream().noneMatch(p -> p.getPhone().equals(newPhone.phone()))) {
      stored.add(phones.save(new ProposalPhone(proposal.getId(), newPhone.type(), newPhone.phone())));
      changed.add("Telefone inserido: " + Phones.display(newPhone.phone()) + " (" + newPhone.type().label() + ")");
    }
    Dial dial = edit.dial();
    if (dial != null) {
      ProposalPhone called = stored.stream().filter(p -> p.getPhone().equals(dial.phone())).findFirst()
          .orElseThrow(() -> UserFacingException.badRequest("Ligação: o telefone discado não é deste cliente."));
      called.dialed(dial.result(), BusinessTime.now());
      changed.add("Ligação para " + Phones.display(dial.phone()) + ": " + dial.result().label());
    }
    return changed.isEmpty() ? null : String.join("; ", changed);
  }

  private static void compare(List<String> changed, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changed.add(field + ": \"" + Objects.toString(before, "") + "\" → \"" + Objects.toString(after, "") + "\"");
    }
  }

  /**
   * Opens MaintainProposal (message ProposalMaintenance): on the running instance, whatever phase it
   * is in, or on a new instance when the proposal has ended. Answers the task to work.
   */
  @Transactional
  public OpenTasks.OpenTask openMaintenance(String code, AtendeUser user) {
    if (!user.isIn(Roles.MAINTENANCE) && !user.isIn(Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só a equipe de manutenção altera propostas na manutenção.");
    }
    Proposal proposal = proposals.lockByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Proposta " + code + " não encontrada."));
    OpenTasks.OpenTask open = maintenanceTask(code);
    if (open != null) {
      return open;
    }
    Map<String, Object> variables = new HashMap<>();
    PROPOSAL_CODE.put(variables, proposal.getCode());
    SELLER.put(variables, proposal.getSeller());
    SITUATION.put(variables, proposal.getSituation().name());
    MessageCorrelationResult result = runtimeService.createMessageCorrelation(Message.ProposalMaintenance.id())
        .processInstanceBusinessKey(code)
        .setVariables(variables)
        .correlateWithResult();
    String processInstanceId = result.getProcessInstance() != null ? result.getProcessInstance().getId()
        : result.getExecution().getProcessInstanceId();
    proposal.startedAs(processInstanceId);
    return maintenanceTask(code);
  }

  private OpenTasks.OpenTask maintenanceTask(String code) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(code)
        .processDefinitionKey(KEY).taskDefinitionKey(UserTask.MaintainProposal.id()).singleResult();
    return task == null ? null : OpenTasks.OpenTask.of(task);
  }
}
