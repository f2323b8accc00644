package br.com.atende.proposal;

import br.com.atende.campaign.AuditType;
import br.com.atende.common.Labelled;
import br.com.atende.engine.OpenTasks;
import br.com.atende.security.AtendeUser;
import br.com.atende.common.SheetDownload;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
  private final ProposalViews views;
  private final ProposalService proposals;

  public ProposalController(ProposalSearch search, ProposalViews views, ProposalService proposals) {
    this.search = search;
    this.views = views;
    this.proposals = proposals;
  }

  public record MaintenanceOpened(String taskId, String processInstanceId) {}

  @GetMapping
  public ProposalViews.SearchResult find(ProposalSearch.Query query, Authentication authentication) {
    return views.find(query, AtendeUser.of(authentication));
  }

  @GetMapping("/{code}")
  public ProposalViews.ProposalView get(@PathVariable String code, Authentication authentication) {
    return views.view(code, AtendeUser.of(authentication));
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
    ProposalSearch.requireMayExport(user);
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
      text.append(" · ").append(Labelled.labelOf(AuditType.class, query.auditType()));
    }
    return text.toString();
  }
}
