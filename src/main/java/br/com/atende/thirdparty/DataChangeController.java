package br.com.atende.thirdparty;

import br.com.atende.security.AtendeUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DataChangeController {

  private final DataChangeService changes;

  public DataChangeController(DataChangeService changes) {
    this.changes = changes;
  }

  @PostMapping("/api/clients/{id}/data-change-requests")
  @ResponseStatus(HttpStatus.CREATED)
  public DataChangeService.Requested request(@PathVariable Long id,
      @RequestBody(required = false) DataChangeService.NewRequest request, Authentication authentication) {
    return changes.request(id, request, AtendeUser.of(authentication));
  }
}
