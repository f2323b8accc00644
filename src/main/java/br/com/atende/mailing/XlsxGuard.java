package br.com.atende.mailing;

import br.com.atende.common.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks inside an XLSX (a zip) before fastexcel reads it, so a zip bomb or a damaged file is a 400
 * and not an OutOfMemoryError: fastexcel holds a whole cell's text in memory, and a 105 KB file
 * can hold a 100 MiB cell. First the sizes the zip declares, then each part inflated and counted
 * (declared sizes can lie), with constant memory.
 */
final class XlsxGuard {

  /** Far above a million-row mailing's sheet (about 300 MB of XML), far below what breaks the heap's neighbours. */
  static final long MAX_PART_BYTES = 1L << 30;
  static final long MAX_TOTAL_BYTES = 2L << 30;
  /** Spreadsheet XML deflates 5 to 20 times; a bomb, about 1,000. Apache POI refuses above 100 too. */
  static final long MAX_RATIO = 100;
  /** Small parts may compress better than that without harm. */
  private static final long RATIO_FROM_BYTES = 1L << 20;
  /** Excel's own limit per cell is 32,767 characters, at most 4 bytes each in UTF-8. */
  static final int MAX_TEXT_BYTES = 32_767 * 4;

  static final String CORRUPT =
      "Não foi possível ler a planilha XLSX: o arquivo está corrompido ou incompleto. Salve-a de novo no Excel e reenvie.";
  private static final String TOO_BIG =
      "A planilha XLSX descompactada é grande demais ou comprimida de forma suspeita; divida o mailing em arquivos menores.";

  private XlsxGuard() {}

  static void check(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      long declared = 0;
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (entry.getSize() > MAX_PART_BYTES || suspiciousRatio(entry.getSize(), entry.getCompressedSize())) {
          throw UserFacingException.badRequest(TOO_BIG);
        }
        declared += Math.max(entry.getSize(), 0);
      }
      if (declared > MAX_TOTAL_BYTES) {
        throw UserFacingException.badRequest(TOO_BIG);
      }
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        try (InputStream part = zip.getInputStream(entry)) {
          inflate(part, entry);
        }
      }
    } catch (IOException e) {
      throw UserFacingException.badRequest(CORRUPT);
    }
  }

  private static boolean suspiciousRatio(long size, long compressed) {
    return size > RATIO_FROM_BYTES && size > MAX_RATIO * Math.max(compressed, 1);
  }

  /** Reads one part to its end, refusing more bytes than declared or allowed, and a text run longer than a cell. */
  private static void inflate(InputStream part, ZipEntry entry) throws IOException {
    boolean xml = entry.getName().endsWith(".xml");
    byte[] chunk = new byte[64 * 1024];
    long total = 0;
    int textRun = 0;
    for (int read; (read = part.read(chunk)) != -1; ) {
      total += read;
      if (total > MAX_PART_BYTES || (entry.getSize() >= 0 && total > entry.getSize())
          || suspiciousRatio(total, entry.getCompressedSize())) {
        throw UserFacingException.badRequest(TOO_BIG);
      }
      if (xml) {
        for (int i = 0; i < read; i++) {
          byte b = chunk[i];
          textRun = b == '<' || b == '>' ? 0 : textRun + 1;
          if (textRun > MAX_TEXT_BYTES) {
            throw UserFacingException.badRequest(
                "A planilha tem uma célula com mais de 32.767 caracteres (o limite do Excel); corrija-a e reenvie.");
          }
        }
      }
    }
  }
}
