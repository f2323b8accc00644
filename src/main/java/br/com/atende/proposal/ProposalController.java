package br.com.atende.proposal;

import br.com.atende.engine.OpenTasks;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.common.Phones;
import br.com.atende.common.SheetDownload;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Seed 003's proposal search, one proposal with its log, opening maintenance, and the confirmed export. */
@RestController
@RequestMapping("/api/proposals")
public class ProposalController {

  private final ProposalSearch search;
  private final ProposalService proposals;
  private final ProposalChangeRepository changes;
  private final ProposalPhoneRepository phones;
  private final OpenTasks openTasks;

  public ProposalController(ProposalSearch search, ProposalService proposals, ProposalChangeRepository changes,
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

  public record MaintenanceOpened(String taskId, String processInstanceId) {}

  @GetMapping
  public SearchResult find(ProposalSearch.Query query, Authentication authentication) {
    List<ProposalSearch.Row> rows = search.find(query, AtendeUser.of(authentication));
    List<String> instanceIds = rows.stream().map(ProposalSearch.Row::processInstanceId)
        .filter(java.util.Objects::nonNull).toList();
    Map<String, OpenTasks.OpenTask> tasks = openTasks.byInstance(instanceIds);
    return new SearchResult(rows.stream()
        .map(row -> new Found(row, openTask(tasks.get(row.processInstanceId()))))
        .toList(), rows.size() == ProposalSearch.PAGE);
  }

  @GetMapping("/{code}")
  @Transactional(readOnly = true)
  public ProposalView get(@PathVariable String code, Authentication authentication) {
    Proposal proposal = proposals.byCode(code);
    if (!search.visible(proposal, AtendeUser.of(authentication))) {
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
        proposal.getCampaignCode(), AuditType.labelOf(proposal.getAuditType()), proposal.getClientName(),
        proposal.getCpfCnpj(), proposal.getEmail(), proposal.getAddress(), proposal.getProduct(),
        proposal.getSituation().name(), proposal.getSituation().label(), phoneViews, changeViews, openTask(task));
  }

  /** Seed 003's "Manutenção": from any phase, or after the end; answers the MaintainProposal task. */
  @PostMapping("/{code}/maintenance")
  public MaintenanceOpened openMaintenance(@PathVariable String code, Authentication authentication) {
    OpenTasks.OpenTask task = proposals.openMaintenance(code, AtendeUser.of(authentication));
    return new MaintenanceOpened(task.id(), task.processInstanceId());
  }

  /** Confirmed proposals, for sending to the operation's client (seed 003), streamed as XLSX or CSV. */
  @GetMapping("/export")
  public ResponseEntity<StreamingResponseBody> exportConfirmed(@RequestParam(defaultValue = "xlsx") String format,
      ProposalSearch.Query query, Authentication authentication) {
    AtendeUser user = AtendeUser.of(authentication);
    if (!user.isManager() && !user.isIn(Roles.AUDITORS) && !user.isIn(Roles.MAINTENANCE)) {
      throw UserFacingException.forbidden("A exportação de propostas confirmadas é da auditoria, da manutenção e da supervisão.");
    }
    return SheetDownload.of("propostas-confirmadas", format, "Propostas confirmadas", "Propostas confirmadas",
        describe(query), user.id(), sheet -> search.exportConfirmed(query, user, sheet));
  }

  private static String describe(ProposalSearch.Query query) {
    StringBuilder text = new StringBuilder("Filtros: período ")
        .append(query.from() == null || query.from().isBlank() ? "início" : query.from()).append(" a ")
        .append(query.to() == null || query.to().isBlank() ? "hoje" : query.to());
    if (query.code() != null && !query.code().isBlank()) {
      text.append(" · código ").append(query.code());
    }
    if (query.name() != null && !query.name().isBlank()) {
      text.append(" · nome ").append(query.name());
    }
    if (query.cpfCnpj() != null && !query.cpfCnpj().isBlank()) {
      text.append(" · CPF/CNPJ ").append(query.cpfCnpj());
    }
    if (query.auditType() != null && !query.auditType().isBlank()) {
      text.append(" · ").append(AuditType.labelOf(query.auditType()));
    }
    return text.toString();
  }

  private static OpenTask openTask(OpenTasks.OpenTask task) {
    return task == null ? null
        : new OpenTask(task.id(), task.name(), task.taskKey(), task.assignee());
  }
}
