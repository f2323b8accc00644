package br.com.atende.followup;

import br.com.atende.common.SheetDownload;
import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The follow-up report beside the others under /api/reports: JSON on screen, CSV or XLSX to download. */
@RestController
@RequestMapping("/api/reports/follow-ups")
public class FollowUpReportController {

  private final FollowUpReport report;

  public FollowUpReportController(FollowUpReport report) {
    this.report = report;
  }

  /** ?from=&to=&owner=&type= */
  public record Query(String from, String to, String owner, String type) {

    FollowUpReport.Filter filter(AtendeUser user) {
      return FollowUpReport.Filter.of(from, to, owner, type, user);
    }
  }

  public record View(String filters, List<FollowUpReport.Row> rows) {}

  @GetMapping
  public View show(Query query, Authentication authentication) {
    FollowUpReport.Filter filter = query.filter(AtendeUser.of(authentication));
    return new View(filter.describe(), report.rows(filter));
  }

  @GetMapping("/export")
  public ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "xlsx") String format, Query query,
      Authentication authentication) {
    AtendeUser user = AtendeUser.of(authentication);
    FollowUpReport.Filter filter = query.filter(user);
    return SheetDownload.of("relatorio-agendamentos", format, "Agendamentos", "Agendamentos por responsável e tipo",
        filter.describe(), user.id(), sheet -> report.export(filter, sheet));
  }
}
