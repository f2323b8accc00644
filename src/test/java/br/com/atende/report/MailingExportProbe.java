package br.com.atende.report;

import br.com.atende.common.SheetWriter;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.springframework.stereotype.Component;

/** For the benchmark: the mailing export of one campaign into a stream that only counts bytes. */
@Component
public class MailingExportProbe {

  private final MailingReport report;

  public MailingExportProbe(MailingReport report) {
    this.report = report;
  }

  /** Returns {rows, bytes, nanoseconds}. */
  public long[] exportXlsx(String campaign) {
    long[] bytes = {0};
    long[] rows = {0};
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        bytes[0]++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes[0] += len;
      }
    };
    long start = System.nanoTime();
    ReportScope global = ReportScope.of(new AtendeUser("benchmark", Set.of(Roles.SUPERVISORS)));
    try (SheetWriter sheet = new CountingSheet(SheetWriter.of("xlsx", counting, "Mailing"), rows)) {
      report.export(ReportFilter.of(null, null, null, campaign, null, null), global, sheet);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new long[] {rows[0], bytes[0], System.nanoTime() - start};
  }

  private record CountingSheet(SheetWriter sheet, long[] rows) implements SheetWriter {

    @Override
    public void title(String title, String filters, String generated) {
      sheet.title(title, filters, generated);
    }

    @Override
    public void header(java.util.List<String> columns) {
      sheet.header(columns);
    }

    @Override
    public void row(Object... values) {
      rows[0]++;
      sheet.row(values);
    }

    @Override
    public void close() throws IOException {
      sheet.close();
    }
  }
}
