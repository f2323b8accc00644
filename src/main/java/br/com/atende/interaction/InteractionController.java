package br.com.atende.interaction;

import br.com.atende.client.Channel;
import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class InteractionController {

  private final InteractionService service;

  public InteractionController(InteractionService service) {
    this.service = service;
  }

  @PostMapping("/api/clients/{id}/interactions")
  @ResponseStatus(HttpStatus.CREATED)
  public InteractionService.Recorded record(@PathVariable Long id,
      @RequestBody InteractionService.NewInteraction request, Authentication authentication) {
    return new InteractionService.Recorded(service.record(id, request, AtendeUser.of(authentication)).getId());
  }
}
