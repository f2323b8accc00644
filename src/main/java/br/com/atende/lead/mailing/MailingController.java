package br.com.atende.lead.mailing;

import br.com.atende.common.UserFacingException;
import br.com.atende.identity.AtendeUser;
import br.com.atende.identity.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/campaigns/{campaignCode}/mailing")
public class MailingController {

  private final MailingImporter importer;

  public MailingController(MailingImporter importer) {
    this.importer = importer;
  }

  /** CSV (";" or ",", UTF-8 or Windows-1252) or XLSX with the columns nome, telefone, ... */
  @PostMapping
  public MailingImporter.Result upload(@PathVariable String campaignCode, @RequestParam("file") MultipartFile file,
      Authentication authentication) throws IOException {
    AtendeUser user = AtendeUser.of(authentication);
    if (!(user.isIn(Roles.PROCESS_OWNERS) || user.isIn(Roles.SUPERVISORS) || user.isIn(Roles.ADMIN))) {
      throw UserFacingException.forbidden("Somente supervisores, BI/processos ou administradores importam mailings.");
    }
    if (file.isEmpty()) {
      throw UserFacingException.badRequest("O arquivo está vazio.");
    }
    Path copy = Files.createTempFile("mailing-", ".upload");
    try {
      file.transferTo(copy);
      return importer.importFile(campaignCode, copy, file.getOriginalFilename(), user.id());
    } finally {
      Files.deleteIfExists(copy);
    }
  }
}
