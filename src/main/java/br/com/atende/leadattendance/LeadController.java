package br.com.atende.leadattendance;

import br.com.atende.leadattendance.LeadDetails.LeadView;
import br.com.atende.security.AtendeUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads")
public class LeadController {

  private final LeadDetails details;
  private final CallbackSlots slots;

  public LeadController(LeadDetails details, CallbackSlots slots) {
    this.details = details;
    this.slots = slots;
  }

  @GetMapping("/{id}")
  public LeadView get(@PathVariable Long id, Authentication authentication) {
    return details.view(id, AtendeUser.of(authentication));
  }

  /** The free, legal callback slots of a day (São Paulo date), as "yyyy-MM-ddTHH:mm" São Paulo times. */
  @GetMapping("/{id}/callback-slots")
  public CallbackSlots.Slots callbackSlots(@PathVariable Long id, @RequestParam(required = false) String day,
      Authentication authentication) {
    return slots.of(AtendeUser.of(authentication), id, day);
  }
}
