package br.com.atende.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded file read from a temporary copy that is always removed (imports read a path twice: type, then rows). */
public final class Uploads {

  /** Reads the copy of the upload. */
  public interface Reader<T> {
    T read(Path copy) throws IOException;
  }

  private Uploads() {}

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
