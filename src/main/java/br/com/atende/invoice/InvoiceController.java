package br.com.atende.invoice;

import br.com.atende.security.AtendeUser;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A client's boletos on /api: by hand, by the finance sheet, and their status. */
@RestController
public class InvoiceController {

  private final InvoiceService invoices;
  private final InvoiceImport importer;

  public InvoiceController(InvoiceService invoices, InvoiceImport importer) {
    this.invoices = invoices;
    this.importer = importer;
  }

  @PostMapping("/api/clients/{id}/invoices")
  @ResponseStatus(HttpStatus.CREATED)
  public InvoiceService.InvoiceView create(@PathVariable Long id, @RequestBody InvoiceService.NewInvoice request,
      Authentication authentication) {
    return invoices.create(id, request, AtendeUser.of(authentication));
  }

  @GetMapping("/api/clients/{id}/invoices")
  public List<InvoiceService.InvoiceView> list(@PathVariable Long id, Authentication authentication) {
    return invoices.list(id, AtendeUser.of(authentication));
  }

  @PutMapping("/api/invoices/{id}/status")
  public InvoiceService.InvoiceView status(@PathVariable Long id, @RequestBody InvoiceService.StatusChange change,
      Authentication authentication) {
    return invoices.changeStatus(id, change, AtendeUser.of(authentication));
  }

  /** CSV (";" or ",", UTF-8 or Windows-1252) or XLSX: cpf_cnpj or telefone, numero, vencimento, valor, status, descricao. */
  @PostMapping("/api/invoices/import")
  public InvoiceImport.Result importSheet(@RequestParam("file") MultipartFile file, Authentication authentication)
      throws IOException {
    return importer.importUpload(file, AtendeUser.of(authentication));
  }
}
