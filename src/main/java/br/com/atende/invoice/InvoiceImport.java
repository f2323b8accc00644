package br.com.atende.invoice;

import br.com.atende.client.ClientRegistry;
import br.com.atende.common.Uploads;
import br.com.atende.security.AtendeUser;
import org.springframework.web.multipart.MultipartFile;

import br.com.atende.common.Documents;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.invoice.InvoiceService.Checked;
import br.com.atende.invoice.InvoiceService.Fields;
import br.com.atende.invoice.InvoiceService.NewInvoice;
import br.com.atende.mailing.MailingReader;
import br.com.atende.mailing.MailingRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance sheet of boletos, read as the mailings are (CSV ";" or ",", UTF-8 or Windows-1252, or
 * XLSX): each row names its client by CPF/CNPJ or phone. Good rows are kept, bad ones answered with
 * their line (the header is line 1); a boleto already on the client is updated, so importing the
 * sheet again marks what was paid.
 */
@Service
public class InvoiceImport {

  static final List<String> REQUIRED = List.of("numero", "vencimento", "valor");
  private static final Fields SHEET = new Fields("Coluna numero", "Coluna descricao", "Coluna vencimento",
      "Coluna valor", "Coluna status");
  // The sheet's words for the status, besides the codes.
  private static final Map<String, String> STATUS_WORDS = Map.of("aberto", "OPEN", "em aberto", "OPEN",
      "em_aberto", "OPEN", "pago", "PAID", "paga", "PAID", "cancelado", "CANCELLED", "cancelada", "CANCELLED");

  public record Rejected(int line, String message) {}

  public record Result(int imported, int updated, List<Rejected> rejected) {}

  private final InvoiceRepository invoices;
  private final JdbcTemplate jdbc;

  public InvoiceImport(InvoiceRepository invoices, JdbcTemplate jdbc) {
    this.invoices = invoices;
    this.jdbc = jdbc;
  }

  /** An uploaded sheet, for the client teams and managers. */
  @Transactional
  public Result importUpload(MultipartFile file, AtendeUser user) throws IOException {
    ClientRegistry.requireWorks(user);
    return Uploads.read(file, "invoices-", copy -> importFile(copy, user.id()));
  }

  /** The caller has been checked: the file is read to its end or to where it cannot be read further. */
  @Transactional
  public Result importFile(Path file, String user) throws IOException {
    List<Rejected> rejected = new ArrayList<>();
    int[] counts = new int[2];
    MailingReader.Stop stop = MailingReader.read(file, REQUIRED, row -> {
      try {
        counts[importRow(row, user) ? 0 : 1]++;
      } catch (UserFacingException e) {
        rejected.add(new Rejected(row.line(), e.getMessage()));
      }
    });
    if (stop != null) {
      rejected.add(new Rejected(stop.line(), stop.message()));
    }
    return new Result(counts[0], counts[1], rejected);
  }

  /** True when the boleto is new to the client, false when it updated one. */
  private boolean importRow(MailingRow row, String user) {
    long clientId = clientOf(row);
    Checked checked = InvoiceService.check(new NewInvoice(row.get("numero"), row.get("descricao"),
        row.get("vencimento"), row.get("valor"), status(row.get("status"))), SHEET);
    var existing = invoices.findByClientIdAndNumber(clientId, checked.number());
    if (existing.isPresent()) {
      existing.get().update(checked.description(), checked.dueOn(), checked.amount(), checked.status(), user);
      return false;
    }
    invoices.save(new Invoice(clientId, checked.number(), checked.description(), checked.dueOn(), checked.amount(),
        checked.status(), user));
    return true;
  }

  /** The oldest record not merged with the row's CPF/CNPJ, else its phone. */
  private long clientOf(MailingRow row) {
    String document = row.get("cpf_cnpj");
    String phone = row.get("telefone");
    if (document == null && phone == null) {
      throw UserFacingException.badRequest("Informe o cliente na coluna cpf_cnpj ou telefone.");
    }
    String column;
    String value;
    if (document != null) {
      value = Documents.cpfCnpjDigits(document);
      if (value == null) {
        throw UserFacingException.badRequest("Coluna cpf_cnpj: CPF/CNPJ inválido: " + document + ".");
      }
      column = "cpf_cnpj";
    } else {
      value = Phones.toE164(phone).orElseThrow(() -> UserFacingException.badRequest(
          "Coluna telefone: telefone inválido: " + phone + " (informe DDD e número)."));
      column = "phone";
    }
    List<Long> ids = jdbc.queryForList("SELECT id FROM clients WHERE " + column + " = ? AND merged_into IS NULL "
        + "ORDER BY id", Long.class, value);
    if (ids.isEmpty()) {
      throw UserFacingException.badRequest("Nenhum cliente com " + (document != null ? "o CPF/CNPJ " + document
          : "o telefone " + phone) + ": cadastre-o antes de importar os boletos dele.");
    }
    return ids.get(0);
  }

  private static String status(String value) {
    String word = Text.key(value);
    return word == null ? null : STATUS_WORDS.getOrDefault(word, value);
  }
}
