package br.com.atende.common;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An export as a download: XLSX (default) or CSV, named "<name>-<today>.<ext>", its title, the
 * filters used and who generated it on top, the rows streamed as they are written.
 */
public final class SheetDownload {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private SheetDownload() {}

  public static ResponseEntity<StreamingResponseBody> of(String name, String format, String sheetName, String title,
      String filters, String userId, Consumer<SheetWriter> rows) {
    boolean csv = "csv".equalsIgnoreCase(format);
    String generated = "Gerado em " + BusinessTime.formatBrazilian(BusinessTime.now()) + " por " + userId;
    StreamingResponseBody body = out -> {
      try (SheetWriter sheet = SheetWriter.of(csv ? "csv" : "xlsx", out, sheetName)) {
        sheet.title(title, filters, generated);
        rows.accept(sheet);
      }
    };
    String file = name + "-" + BusinessTime.today() + (csv ? ".csv" : ".xlsx");
    return ResponseEntity.ok()
        .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(body);
  }
}
