package br.com.atende.evidence;

import br.com.atende.common.SheetDownload;
import br.com.atende.security.AtendeUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api")
public class EvidenceController {

  private final EvidenceService evidence;

  public EvidenceController(EvidenceService evidence) {
    this.evidence = evidence;
  }

  /** A number's attempts across campaigns and its opt-outs (digits, E.164 or formatted). */
  @GetMapping("/evidence")
  public EvidenceService.Evidence evidence(@RequestParam(required = false) String phone, Authentication authentication) {
    return evidence.of(phone, AtendeUser.of(authentication));
  }

  /** The same as a CSV for a Procon or Anatel complaint; read before streaming, so a refusal is a plain 4xx. */
  @GetMapping("/evidence.csv")
  public ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String phone,
      Authentication authentication) {
    AtendeUser user = AtendeUser.of(authentication);
    EvidenceService.Evidence found = evidence.of(phone, user);
    return SheetDownload.of("evidencias-" + found.phone().substring(1), "csv", "Evidências",
        "Evidências de contato e descadastros", EvidenceService.filters(found), user.id(),
        sheet -> evidence.write(found, sheet));
  }
}
