package br.com.atende.proposal;

import br.com.atende.campaign.AuditType;
import br.com.atende.common.Labelled;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.OpenTasks;
import br.com.atende.security.AtendeUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 003's proposal search and one proposal with its log, each with where it waits, as this user may see them. */
@Service
public class ProposalViews {

  private final ProposalSearch search;
  private final ProposalService proposals;
  private final ProposalChangeRepository changes;
  private final ProposalPhoneRepository phones;
  private final OpenTasks openTasks;

  public ProposalViews(ProposalSearch search, ProposalService proposals, ProposalChangeRepository changes,
      ProposalPhoneRepository phones, OpenTasks openTasks) {
    this.search = search;
    this.proposals = proposals;
    this.changes = changes;
    this.phones = phones;
    this.openTasks = openTasks;
  }

  /** Where a proposal waits: the open task (to open in Tasklist), if any. */
  public record OpenTask(String id, String name, String step, String assignee) {}

  public record Found(ProposalSearch.Row proposal, OpenTask openTask) {}

  public record SearchResult(List<Found> proposals, boolean limited) {}

  public record PhoneView(String type, String phone, String status, String lastCallAt) {}

  public record ChangeView(String changedAt, String changedBy, String step, String from, String to,
      String cancelReason, String observation, String changedFields) {}

  public record ProposalView(String code, Long leadId, String soldAt, String seller, String storeCode,
      String campaignCode, String auditType, String clientName, String cpfCnpj, String email, String address,
      String product, String situation, String situationLabel, List<PhoneView> phones, List<ChangeView> changes,
      OpenTask openTask) {}

  public SearchResult find(ProposalSearch.Query query, AtendeUser user) {
    List<ProposalSearch.Row> rows = search.find(query, user);
    List<String> instanceIds = rows.stream().map(ProposalSearch.Row::processInstanceId).filter(Objects::nonNull)
        .toList();
    Map<String, OpenTasks.OpenTask> tasks = openTasks.byInstance(instanceIds);
    return new SearchResult(rows.stream()
        .map(row -> new Found(row, openTask(tasks.get(row.processInstanceId()))))
        .toList(), rows.size() == ProposalSearch.PAGE);
  }

  @Transactional(readOnly = true)
  public ProposalView view(String code, AtendeUser user) {
    Proposal proposal = proposals.byCode(code);
    if (!search.visible(proposal, user)) {
      throw UserFacingException.forbidden("Você só vê as propostas que vendeu.");
    }
    List<PhoneView> phoneViews = phones.findByProposalIdOrderById(proposal.getId()).stream()
        .map(p -> new PhoneView(p.getType().label(), Phones.display(p.getPhone()), p.getStatus().label(),
            BusinessTime.formatLocalMinutes(p.getLastCallAt())))
        .toList();
    List<ChangeView> changeViews = changes.findByProposalIdOrderById(proposal.getId()).stream()
        .map(c -> new ChangeView(BusinessTime.formatLocalMinutes(c.getChangedAt()), c.getChangedBy(),
            ProposalForm.taskLabel(c.getTask()), c.getFromSituation() == null ? null : c.getFromSituation().name(),
            c.getToSituation().name(), c.getCancelReason() == null ? null : c.getCancelReason().name(),
            c.getObservation(), c.getChangedFields()))
        .toList();
    OpenTasks.OpenTask task = openTasks.ofInstance(proposal.getProcessInstanceId()).orElse(null);
    return new ProposalView(proposal.getCode(), proposal.getLeadId(),
        BusinessTime.formatLocalMinutes(proposal.getSoldAt()), proposal.getSeller(), proposal.getStoreCode(),
        proposal.getCampaignCode(), Labelled.labelOf(AuditType.class, proposal.getAuditType()), proposal.getClientName(),
        proposal.getCpfCnpj(), proposal.getEmail(), proposal.getAddress(), proposal.getProduct(),
        proposal.getSituation().name(), proposal.getSituation().label(), phoneViews, changeViews, openTask(task));
  }

  private static OpenTask openTask(OpenTasks.OpenTask task) {
    return task == null ? null : new OpenTask(task.id(), task.name(), task.taskKey(), task.assignee());
  }
}
