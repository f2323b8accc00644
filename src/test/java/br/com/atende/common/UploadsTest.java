package br.com.atende.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {

  @TempDir Path dir;

  @Test
  void theHeaderIsTheFirstLine() throws Exception {
    Path file = Files.writeString(dir.resolve("a.csv"), "nome;telefone\r\nAna;62999990000\n");
    assertThat(Uploads.headerLine(file, StandardCharsets.UTF_8)).isEqualTo("nome;telefone");
  }

  @Test
  void aFileWithoutLineBreaksIsReadOnlyAsFarAsAHeaderGoes() throws Exception {
    Path file = Files.writeString(dir.resolve("b.csv"), "x".repeat(3 * Uploads.MAX_HEADER_CHARS));
    assertThat(Uploads.headerLine(file, StandardCharsets.UTF_8)).hasSize(Uploads.MAX_HEADER_CHARS);
  }

  @Test
  void anEmptyFileIsRefusedInPortuguese() throws Exception {
    Path file = Files.createFile(dir.resolve("c.csv"));
    assertThatThrownBy(() -> Uploads.headerLine(file, StandardCharsets.UTF_8)).hasMessage("O arquivo está vazio.");
  }
}
