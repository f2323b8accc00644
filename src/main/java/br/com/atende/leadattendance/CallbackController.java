package br.com.atende.leadattendance;

import br.com.atende.common.BusinessTime;
import br.com.atende.security.AtendeUser;
import br.com.atende.lead.Lead;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/leads/{leadId}/callback")
public class CallbackController {

  private final CallbackService callbacks;

  public CallbackController(CallbackService callbacks) {
    this.callbacks = callbacks;
  }

  public record RescheduleRequest(String callbackAt) {}

  public record CallbackView(Long leadId, String status, String callbackAt) {}

  /** Moves a booked callback (same window rules); body {"callbackAt": "2026-11-25T10:30"}. */
  @PutMapping
  public CallbackView reschedule(@PathVariable Long leadId, @RequestBody RescheduleRequest request,
      Authentication authentication) {
    return view(callbacks.reschedule(AtendeUser.of(authentication), leadId, request.callbackAt()));
  }

  /** Cancels a booked callback: the lead goes back to the end of the queue. */
  @DeleteMapping
  public CallbackView cancel(@PathVariable Long leadId, Authentication authentication) {
    return view(callbacks.cancel(AtendeUser.of(authentication), leadId));
  }

  /** "Atender agora": opens the booked callback's CallBack task now for the agent who holds it. */
  @PostMapping("/take-now")
  public CallbackService.TakenNow takeNow(@PathVariable Long leadId, Authentication authentication) {
    return callbacks.takeNow(AtendeUser.of(authentication), leadId);
  }

  private static CallbackView view(Lead lead) {
    return new CallbackView(lead.getId(), lead.getStatus().name(), BusinessTime.formatLocalMinutes(lead.getCallbackAt()));
  }
}
