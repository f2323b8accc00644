package br.com.atende.client;

import br.com.atende.security.AtendeUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The client registry on /api (DESIGN "One client record"). */
@RestController
@RequestMapping("/api/clients")
public class ClientController {

  public record Created(Long id, Long duplicateOf) {}

  private final ClientRegistry registry;

  public ClientController(ClientRegistry registry) {
    this.registry = registry;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Created create(@RequestBody ClientRegistry.NewClient request, Authentication authentication) {
    Client client = registry.create(request, AtendeUser.of(authentication));
    return new Created(client.getId(), client.getDuplicateOf());
  }

  @GetMapping
  public List<ClientRegistry.Found> search(@RequestParam(required = false) String q, Authentication authentication) {
    return registry.search(q, AtendeUser.of(authentication));
  }

  @GetMapping("/{id}")
  public Map<String, Object> client(@PathVariable Long id, Authentication authentication) {
    return registry.view(id, AtendeUser.of(authentication));
  }

  @PutMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void edit(@PathVariable Long id, @RequestBody ClientRegistry.ClientEdit edit, Authentication authentication) {
    registry.edit(id, edit, AtendeUser.of(authentication));
  }
}
