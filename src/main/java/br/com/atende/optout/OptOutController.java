package br.com.atende.optout;

import br.com.atende.security.AtendeUser;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/opt-outs")
public class OptOutController {

  private final OptOutService service;
  private final OptOutImporter importer;

  public OptOutController(OptOutService service, OptOutImporter importer) {
    this.service = service;
    this.importer = importer;
  }

  @PostMapping(consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  public OptOutService.Row record(@RequestBody(required = false) OptOutService.NewOptOut request,
      Authentication authentication) {
    return service.record(request, AtendeUser.of(authentication));
  }

  /** The number's ledger rows (digits, E.164 or formatted), oldest first. */
  @GetMapping
  public List<OptOutService.Row> entries(@RequestParam(required = false) String phone, Authentication authentication) {
    return service.entries(phone, AtendeUser.of(authentication));
  }

  /** A Não Me Perturbe (source NAO_ME_PERTURBE) or Não Me Ligue (NAO_ME_LIGUE) CSV with a telefone column. */
  @PostMapping("/import")
  public OptOutImporter.Result importList(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(required = false) String source, Authentication authentication) throws IOException {
    return importer.importUpload(file, source, AtendeUser.of(authentication));
  }
}
