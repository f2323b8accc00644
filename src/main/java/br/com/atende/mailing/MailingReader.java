package br.com.atende.mailing;

import br.com.atende.common.Text;
import br.com.atende.common.Uploads;
import br.com.atende.common.UserFacingException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads a mailing, or any sheet users import (the boletos), as Excel in Brazil saves it: CSV with
 * ";" or ",", UTF-8 or Windows-1252 (detected), or XLSX (first sheet). Streams rows; never holds
 * the file in memory.
 */
public final class MailingReader {

  public static final List<String> REQUIRED = List.of("nome", "telefone");

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private MailingReader() {}

  /**
   * Where reading stopped before the end of the file (a CSV quote never closed, a sheet damaged
   * half-way): the rows before it were read, nothing after it. {@code line} counts like a row's.
   */
  public record Stop(int line, String message) {}

  /** Refuses (400) what cannot be read at all; answers null when the file was read to its end. */
  public static Stop read(Path file, Consumer<MailingRow> rows) throws IOException {
    return read(file, REQUIRED, rows);
  }

  /** Like {@link #read(Path, Consumer)} for a sheet whose header must have the {@code required} columns. */
  public static Stop read(Path file, List<String> required, Consumer<MailingRow> rows) throws IOException {
    if (isZip(file)) {
      XlsxGuard.check(file);
      return readXlsx(file, required, rows);
    }
    return readCsv(file, required, rows);
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(2);
      return magic.length == 2 && magic[0] == 'P' && magic[1] == 'K';
    }
  }

  private static Stop readCsv(Path file, List<String> required, Consumer<MailingRow> rows) throws IOException {
    Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    char delimiter = detectDelimiter(file, charset);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = null;
      int line = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // commons-csv cannot go past a quote that never closes (it swallows the rest of the file).
          if (header == null) {
            throw UserFacingException.badRequest("Não foi possível ler a primeira linha do arquivo: confira as aspas.");
          }
          return new Stop(line + 1, "Aspas sem fechamento ou texto logo depois de aspas: a leitura parou nesta linha "
              + "e as linhas seguintes não foram lidas. Corrija o arquivo e importe-o de novo (o que já entrou não se repete).");
        }
        line++;
        if (header == null) {
          header = normalizeHeader(record.toList(), required);
          continue;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          values.put(header.get(i), record.get(i));
        }
        rows.accept(new MailingRow(line, values));
      }
      if (header == null) {
        throw UserFacingException.badRequest("O arquivo está vazio.");
      }
      return null;
    }
  }

  private static Stop readXlsx(Path file, List<String> required, Consumer<MailingRow> rows) throws IOException {
    ReadableWorkbook workbook;
    Stream<Row> stream;
    try {
      workbook = new ReadableWorkbook(file.toFile());
      stream = workbook.getFirstSheet().openStream();
    } catch (IOException | RuntimeException e) {
      // fastexcel's own text is English and technical.
      throw UserFacingException.badRequest(XlsxGuard.CORRUPT);
    }
    try (workbook; stream) {
      List<String> header = null;
      int lastRow = 1;
      Iterator<Row> sheetRows = stream.iterator();
      while (true) {
        int rowNum;
        List<String> cells = new ArrayList<>();
        try {
          if (!sheetRows.hasNext()) {
            break;
          }
          Row row = sheetRows.next();
          rowNum = row.getRowNum();
          for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : cell.getText());
          }
        } catch (RuntimeException e) {
          if (header == null) {
            throw UserFacingException.badRequest(XlsxGuard.CORRUPT);
          }
          return new Stop(lastRow + 1, "A planilha está danificada a partir desta linha: a leitura parou aqui e as "
              + "linhas seguintes não foram lidas. Salve-a de novo no Excel e importe-a outra vez (o que já entrou não se repete).");
        }
        lastRow = rowNum;
        if (header == null) {
          header = normalizeHeader(cells, required);
          continue;
        }
        if (cells.stream().allMatch(String::isBlank)) {
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
          values.put(header.get(i), cells.get(i));
        }
        rows.accept(new MailingRow(rowNum, values));
      }
      if (header == null) {
        throw UserFacingException.badRequest("A planilha está vazia.");
      }
      return null;
    }
  }

  /** "Endereço " → "endereco": headers compared without case, accents or spaces around. */
  private static List<String> normalizeHeader(List<String> cells, List<String> required) {
    List<String> header = cells.stream()
        .map(cell -> Text.key(cell.replace("\uFEFF", "")).replace(' ', '_'))
        .toList();
    List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
    if (!missing.isEmpty()) {
      String columns = String.join(", ", required.subList(0, required.size() - 1)) + " e "
          + required.get(required.size() - 1);
      throw UserFacingException.badRequest("O arquivo precisa das colunas " + columns
          + " na primeira linha; faltando: " + String.join(", ", missing) + ".");
    }
    return header;
  }

  /** Decodes the whole file strictly as UTF-8; one bad sequence means Windows-1252 (Excel's "CSV"). */
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
      CharBuffer chars = CharBuffer.allocate(64 * 1024);
      byte[] chunk = new byte[32 * 1024];
      int read;
      while ((read = in.read(chunk)) != -1) {
        bytes.put(chunk, 0, read);
        bytes.flip();
        if (decoder.decode(bytes, chars, false).isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
      }
      bytes.flip();
      return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static char detectDelimiter(Path file, Charset charset) throws IOException {
    // A decoder that replaces what it cannot map, as the reading itself does: bytes that are no
    // text become rows the validator refuses, not an exception.
    String first = Uploads.headerLine(file, charset);
    long semicolons = first.chars().filter(c -> c == ';').count();
    long commas = first.chars().filter(c -> c == ',').count();
    return semicolons >= commas && semicolons > 0 ? ';' : ',';
  }
}
