package br.com.atende.availability;

import br.com.atende.security.AtendeUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users/{id}/availability")
public class AvailabilityController {

  private final Availability availability;

  public AvailabilityController(Availability availability) {
    this.availability = availability;
  }

  @GetMapping
  public Availability.View get(@PathVariable String id, Authentication authentication) {
    return availability.view(id, AtendeUser.of(authentication));
  }

  @PutMapping
  public Availability.View put(@PathVariable String id, @RequestBody Availability.Change change,
      Authentication authentication) {
    return availability.change(id, change, AtendeUser.of(authentication));
  }
}
