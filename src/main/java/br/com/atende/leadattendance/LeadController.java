package br.com.atende.leadattendance;

import br.com.atende.leadattendance.LeadDetails.LeadView;
import br.com.atende.security.AtendeUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
public class LeadController {

  private final LeadDetails details;

  public LeadController(LeadDetails details) {
    this.details = details;
  }

  @GetMapping("/{id}")
  public LeadView get(@PathVariable Long id, Authentication authentication) {
    return details.view(id, AtendeUser.of(authentication));
  }
}
