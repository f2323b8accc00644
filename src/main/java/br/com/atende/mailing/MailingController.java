package br.com.atende.mailing;

import br.com.atende.security.AtendeUser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/campaigns/{campaignCode}")
public class MailingController {

  private final MailingImporter importer;

  public MailingController(MailingImporter importer) {
    this.importer = importer;
  }

  public record NewLead(String name, String phone, String phone2, String address, String city, String uf,
      String cpfCnpj, String email, String storeCode) {

    /** The same row a mailing file would have, so one set of checks serves both. */
    MailingRow asRow() {
      Map<String, String> values = new HashMap<>();
      values.put("nome", name);
      values.put("telefone", phone);
      values.put("telefone2", phone2);
      values.put("endereco", address);
      values.put("cidade", city);
      values.put("uf", uf);
      values.put("cpf_cnpj", cpfCnpj);
      values.put("email", email);
      values.put("loja", storeCode);
      return new MailingRow(1, values);
    }
  }

  public record Linked(long leadId) {}

  /** Links one client to the campaign by hand: a lead at the end of the queue. */
  @PostMapping(path = "/leads", consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  public Linked link(@PathVariable String campaignCode, @RequestBody NewLead lead, Authentication authentication) {
    return new Linked(importer.importOne(campaignCode, lead.asRow(), AtendeUser.of(authentication)));
  }

  /** The campaign's imports, newest first, with what each kept: also those that stopped or were interrupted. */
  @GetMapping("/mailings")
  public List<MailingImporter.Mailing> mailings(@PathVariable String campaignCode, Authentication authentication) {
    return importer.mailings(campaignCode, AtendeUser.of(authentication));
  }

  /** CSV (";" or ",", UTF-8 or Windows-1252) or XLSX with the columns nome, telefone, ... */
  @PostMapping("/mailing")
  public MailingImporter.Result upload(@PathVariable String campaignCode, @RequestParam("file") MultipartFile file,
      Authentication authentication) throws IOException {
    return importer.importUpload(campaignCode, file, AtendeUser.of(authentication));
  }

}
