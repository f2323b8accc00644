package br.com.atende.contactpolicy;

import br.com.atende.contactpolicy.QueueStatusService.QueueStatus;
import br.com.atende.security.AtendeUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class QueueStatusController {

  private final QueueStatusService service;

  public QueueStatusController(QueueStatusService service) {
    this.service = service;
  }

  @GetMapping("/api/campaigns/{code}/queue-status")
  public QueueStatus queueStatus(@PathVariable String code, @RequestParam(required = false) String store,
      Authentication authentication) {
    return service.status(code, store, AtendeUser.of(authentication));
  }
}
