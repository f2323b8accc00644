package br.com.atende.inbound;

import br.com.atende.security.AtendeUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InboundController {

  private final InboundService inbound;
  private final InactivationService inactivations;

  public InboundController(InboundService inbound, InactivationService inactivations) {
    this.inbound = inbound;
    this.inactivations = inactivations;
  }

  @PostMapping("/api/inbound-contacts")
  @ResponseStatus(HttpStatus.CREATED)
  public InboundService.Received receive(@RequestBody(required = false) InboundService.NewContact request,
      Authentication authentication) {
    return inbound.receive(request, AtendeUser.of(authentication));
  }

  @GetMapping("/api/inbound-contacts/{code}")
  public InboundService.ContactView view(@PathVariable String code, Authentication authentication) {
    return inbound.view(code, AtendeUser.of(authentication));
  }

  @PostMapping("/api/clients/{id}/inactivation")
  @ResponseStatus(HttpStatus.CREATED)
  public InactivationService.View inactivate(@PathVariable Long id,
      @RequestBody(required = false) InactivationService.NewInactivation request, Authentication authentication) {
    return inactivations.inactivate(id, request, AtendeUser.of(authentication));
  }
}
