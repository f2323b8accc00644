package br.com.atende.report;

import br.com.atende.common.SheetDownload;
import br.com.atende.common.SheetWriter;
import br.com.atende.security.AtendeUser;
import java.util.List;
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

  /** The filters every report takes from the query string: ?from=&to=&store=&campaign=&agent=&outcome=. */
  public record ReportQuery(String from, String to, String store, String campaign, String agent, String outcome) {}

  /** Who asks, what they may see, and the filter as they may run it. */
  private record Scoped(AtendeUser user, ReportScope scope, ReportFilter filter) {

    static Scoped of(ReportQuery query, Authentication authentication) {
      AtendeUser user = AtendeUser.of(authentication);
      ReportScope scope = ReportScope.of(user);
      return new Scoped(user, scope, scope.restrict(ReportFilter.of(query.from(), query.to(), query.store(),
          query.campaign(), query.agent(), query.outcome())));
    }
  }

  @GetMapping("/mailing")
  public MailingView mailing(ReportQuery query, Authentication authentication) {
    Scoped asked = Scoped.of(query, authentication);
    return new MailingView(asked.filter().describe(), mailing.consolidated(asked.filter(), asked.scope()),
        "Atendimentos em andamento e inconsistentes aparecem só na visão não consolidada (exportação).");
  }

  /** The non-consolidated view, streamed: one row per lead and attempt, in progress and inconsistent included. */
  @GetMapping("/mailing/export")
  public ResponseEntity<StreamingResponseBody> exportMailing(@RequestParam(defaultValue = "xlsx") String format,
      ReportQuery query, Authentication authentication) {
    return download("mailing", "Mailing", "Relatório mailing — visão não consolidada", format,
        Scoped.of(query, authentication), mailing::export);
  }

  @GetMapping("/conversion")
  public ConversionView conversion(ReportQuery query, Authentication authentication) {
    Scoped asked = Scoped.of(query, authentication);
    return new ConversionView(asked.filter().describe(), conversion.byAgent(asked.filter(), asked.scope()),
        conversion.byDay(asked.filter(), asked.scope()));
  }

  /** Seed 001's statistics of the telemarketing operation. */
  @GetMapping("/statistics")
  public StatisticsReport.Statistics statistics(ReportQuery query, Authentication authentication) {
    Scoped asked = Scoped.of(query, authentication);
    return statistics.of(asked.filter(), asked.scope());
  }

  @GetMapping("/conversion/export")
  public ResponseEntity<StreamingResponseBody> exportConversion(@RequestParam(defaultValue = "xlsx") String format,
      ReportQuery query, Authentication authentication) {
    return download("conversao", "Conversão", "Conversão acionamentos x vendas", format,
        Scoped.of(query, authentication), conversion::export);
  }

  private interface Export {
    void write(ReportFilter filter, ReportScope scope, SheetWriter sheet);
  }

  private ResponseEntity<StreamingResponseBody> download(String name, String sheetName, String title, String format,
      Scoped asked, Export export) {
    return SheetDownload.of("relatorio-" + name, format, sheetName, title, asked.filter().describe(),
        asked.user().id(), sheet -> export.write(asked.filter(), asked.scope(), sheet));
  }
}
