package br.com.atende.report;

import br.com.atende.common.BusinessTime;
import br.com.atende.identity.AtendeUser;
import java.nio.charset.StandardCharsets;
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
  private final ConversionReport conversion;
  private final StatisticsReport statistics;

  public ReportController(MailingReport mailing, ConversionReport conversion, StatisticsReport statistics) {
    this.mailing = mailing;
    this.conversion = conversion;
    this.statistics = statistics;
  }

  public record MailingView(String filters, List<MailingReport.Row> rows, String note) {}

  public record ConversionView(String filters, List<ConversionReport.Row> rows, List<ConversionReport.Day> days) {}

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
    return download("mailing", "Mailing", "Relatório mailing — visão não consolidada", format, from, to, store, campaign, agent,
        outcome, authentication, (filter, scope, sheet) -> mailing.export(filter, scope, sheet));
  }

  @GetMapping("/conversion")
  public ConversionView conversion(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String store,
      @RequestParam(required = false) String campaign, @RequestParam(required = false) String agent,
      @RequestParam(required = false) String outcome, Authentication authentication) {
    ReportScope scope = ReportScope.of(AtendeUser.of(authentication));
    ReportFilter filter = scope.restrict(ReportFilter.of(from, to, store, campaign, agent, outcome));
    return new ConversionView(filter.describe(), conversion.byAgent(filter, scope), conversion.byDay(filter, scope));
  }

  /** Seed 001's statistics of the telemarketing operation. */
  @GetMapping("/statistics")
  public StatisticsReport.Statistics statistics(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String store,
      @RequestParam(required = false) String campaign, @RequestParam(required = false) String agent,
      @RequestParam(required = false) String outcome, Authentication authentication) {
    ReportScope scope = ReportScope.of(AtendeUser.of(authentication));
    return statistics.of(scope.restrict(ReportFilter.of(from, to, store, campaign, agent, outcome)), scope);
  }

  @GetMapping("/conversion/export")
  public ResponseEntity<StreamingResponseBody> exportConversion(@RequestParam(defaultValue = "xlsx") String format,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String store, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String agent, @RequestParam(required = false) String outcome,
      Authentication authentication) {
    return download("conversao", "Conversão", "Conversão acionamentos x vendas", format, from, to, store, campaign, agent, outcome,
        authentication, (filter, scope, sheet) -> conversion.export(filter, scope, sheet));
  }

  private interface Export {
    void write(ReportFilter filter, ReportScope scope, SheetWriter sheet);
  }

  private ResponseEntity<StreamingResponseBody> download(String name, String sheetName, String title, String format,
      String from,
      String to, String store, String campaign, String agent, String outcome, Authentication authentication,
      Export export) {
    AtendeUser user = AtendeUser.of(authentication);
    ReportScope scope = ReportScope.of(user);
    ReportFilter filter = scope.restrict(ReportFilter.of(from, to, store, campaign, agent, outcome));
    boolean csv = "csv".equalsIgnoreCase(format);
    String generated = "Gerado em " + STAMP.format(BusinessTime.toLocal(BusinessTime.now())) + " por " + user.id();
    StreamingResponseBody body = out -> {
      try (SheetWriter sheet = SheetWriter.of(csv ? "csv" : "xlsx", out, sheetName)) {
        sheet.title(title, filter.describe(), generated);
        export.write(filter, scope, sheet);
      }
    };
    String file = "relatorio-" + name + "-" + BusinessTime.today() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
