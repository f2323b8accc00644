package br.com.atende.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file read from a temporary copy that is always removed (imports read a path twice: type, then rows). */
public final class Uploads {

  /** Reads the copy of the upload. */
  public interface Reader<T> {
    T read(Path copy) throws IOException;
  }

  /** A CSV header longer than this is no header: reading it whole would let one line fill the heap. */
  static final int MAX_HEADER_CHARS = 64 * 1024;

  private Uploads() {}

  /**
   * The first line of a text file, at most {@link #MAX_HEADER_CHARS} characters of it (enough to
   * tell its delimiter), decoded as the rows will be; a pt-BR 400 for an empty file.
   */
  public static String headerLine(Path file, Charset charset) throws IOException {
    try (var reader = new InputStreamReader(Files.newInputStream(file), charset)) {
      StringBuilder line = new StringBuilder();
      for (int c = reader.read(); c != -1 && c != '\n' && c != '\r' && line.length() < MAX_HEADER_CHARS;
          c = reader.read()) {
        line.append((char) c);
      }
      if (line.isEmpty() && Files.size(file) == 0) {
        throw UserFacingException.badRequest("O arquivo está vazio.");
      }
      return line.toString();
    }
  }

  /** An empty upload is a pt-BR 400; otherwise the reader's answer on a copy deleted afterwards. */
  public static <T> T read(MultipartFile file, String prefix, Reader<T> reader) throws IOException {
    if (file == null || file.isEmpty()) {
      throw UserFacingException.badRequest("O arquivo está vazio.");
    }
    Path copy = Files.createTempFile(prefix, ".upload");
    try {
      file.transferTo(copy);
      return reader.read(copy);
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
