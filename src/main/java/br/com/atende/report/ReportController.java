package br.com.atende.report;

import br.com.atende.common.BusinessTime;
import br.com.atende.identity.AtendeUser;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Reports for supervisors (seeds 000 and 001): JSON on screen, CSV or XLSX to download. */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final MailingReport mailing;

  public ReportController(MailingReport mailing) {
    this.mailing = mailing;
  }

  public record MailingView(String filters, List<MailingReport.Row> rows, String note) {}

  @GetMapping("/mailing")
  public MailingView mailing(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String store, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String agent, @RequestParam(required = false) String outcome,
      Authentication authentication) {
    ReportScope scope = ReportScope.of(AtendeUser.of(authentication));
    ReportFilter filter = scope.restrict(ReportFilter.of(from, to, store, campaign, agent, outcome));
    return new MailingView(filter.describe(), mailing.consolidated(filter, scope),
        "Atendimentos em andamento e inconsistentes aparecem só na visão não consolidada (exportação).");
  }

  /** The non-consolidated view, streamed: one row per lead and attempt, in progress and inconsistent included. */
  @GetMapping("/mailing/export")
  public ResponseEntity<StreamingResponseBody> exportMailing(@RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String store, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String agent, @RequestParam(required = false) String outcome,
      Authentication authentication) {
    AtendeUser user = AtendeUser.of(authentication);
    ReportScope scope = ReportScope.of(user);
    ReportFilter filter = scope.restrict(ReportFilter.of(from, to, store, campaign, agent, outcome));
    boolean csv = "csv".equalsIgnoreCase(format);
    String generated = "Gerado em " + STAMP.format(BusinessTime.toLocal(BusinessTime.now())) + " por " + user.id();
    StreamingResponseBody body = out -> {
      try (SheetWriter sheet = SheetWriter.of(csv ? "csv" : "xlsx", out, "Mailing")) {
        sheet.title("Relatório mailing — visão não consolidada", filter.describe(), generated);
        mailing.export(filter, scope, sheet);
      }
    };
    String file = "relatorio-mailing-" + BusinessTime.today() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
