package br.com.atende.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One export sheet written row by row to the response, never held whole in memory: a title, the
 * filters used, a pt-BR header and typed rows (numbers as numbers, São Paulo date-times as dates).
 */
public interface SheetWriter extends AutoCloseable {

  void title(String title, String filters, String generated);

  void header(List<String> columns);

  /** Values: String, Number, or a UTC {@link LocalDateTime} as our columns hold instants. */
  void row(Object... values);

  @Override
  void close() throws IOException;

  static SheetWriter of(String format, OutputStream out, String sheetName) {
    return "csv".equals(format) ? new Csv(out) : new Xlsx(out, sheetName);
  }

  static LocalDateTime saoPaulo(LocalDateTime utc) {
    return BusinessTime.toLocal(utc.toInstant(ZoneOffset.UTC));
  }

  /** XLSX with fastexcel; rows are flushed to the stream every 1,000 and their text is inline. */
  final class Xlsx implements SheetWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    Xlsx(OutputStream out, String sheetName) {
      workbook = new Workbook(out, "Atende", "1.0");
      sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void title(String title, String filters, String generated) {
      sheet.value(0, 0, title);
      sheet.style(0, 0).bold().set();
      sheet.value(1, 0, filters);
      sheet.value(2, 0, generated);
      row = 4;
    }

    @Override
    public void header(List<String> columns) {
      for (int column = 0; column < columns.size(); column++) {
        sheet.value(row, column, columns.get(column));
        sheet.style(row, column).bold().fillColor("DDDDDD").set();
      }
      row++;
    }

    @Override
    public void row(Object... values) {
      for (int column = 0; column < values.length; column++) {
        Object value = values[column];
        if (value instanceof Number number) {
          sheet.value(row, column, number);
        } else if (value instanceof LocalDateTime utc) {
          sheet.value(row, column, saoPaulo(utc));
          sheet.style(row, column).format("dd/mm/yyyy hh:mm").set();
        } else if (value != null) {
          // Inline, not in the workbook's shared strings table, which would keep every distinct
          // name and phone of a million-row export in memory.
          sheet.inlineString(row, column, value.toString());
        }
      }
      row++;
      if (row % FLUSH_EVERY == 0) {
        try {
          sheet.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public void close() throws IOException {
      workbook.finish();
    }
  }

  /** CSV as Excel in Brazil opens it: ";" separated, UTF-8 with BOM, dd/MM/yyyy HH:mm. */
  final class Csv implements SheetWriter {

    private final CSVPrinter printer;

    Csv(OutputStream out) {
      try {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setDelimiter(';').get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void title(String title, String filters, String generated) {
      print(title);
      print(filters);
      print(generated);
      print();
    }

    @Override
    public void header(List<String> columns) {
      print(columns.toArray());
    }

    @Override
    public void row(Object... values) {
      print(Arrays.stream(values)
          .map(value -> value instanceof LocalDateTime utc
              ? BusinessTime.formatBrazilian(utc.toInstant(ZoneOffset.UTC)) : value)
          .toArray());
    }

    private void print(Object... values) {
      try {
        printer.printRecord(Arrays.stream(values).map(Csv::neutralised).toArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * A text cell that Excel or LibreOffice would run as a formula (=, +, -, @, tab, CR first) gets
     * a leading apostrophe, as OWASP recommends against CSV injection: mailing text is written by
     * whoever sent the mailing. Numbers stay as they are, a negative one included: they are our
     * own counts and sums, never text from outside, and "-5" must still add up in the sheet.
     * (The XLSX sheet needs none of this: its text cells are inline strings, never formulas.)
     */
    static Object neutralised(Object value) {
      if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
        return "'" + text;
      }
      return value;
    }

    @Override
    public void close() throws IOException {
      printer.flush();
    }
  }
}
