package br.com.atende.followup;


import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 002's follow-ups on /api: opening one on a client, my list, the team's, reassigning and validating. */
@RestController
public class FollowUpController {

  private final FollowUpService followUps;

  public FollowUpController(FollowUpService followUps) {
    this.followUps = followUps;
  }

  public record OwnerChange(String owner) {}

  public record ValidationRequest(String decision, String note) {}

  @PostMapping("/api/clients/{clientId}/follow-ups")
  @ResponseStatus(HttpStatus.CREATED)
  public FollowUpService.Opened open(@PathVariable long clientId, @RequestBody FollowUpService.OpenRequest request,
      Authentication authentication) {
    return followUps.open(clientId, request, AtendeUser.of(authentication));
  }

  @GetMapping("/api/follow-ups/mine")
  public List<FollowUpService.Mine> mine(Authentication authentication) {
    return followUps.mine(AtendeUser.of(authentication));
  }

  /** The supervisors' view: ?owner=&type=&status= (no status: open and waiting for validation). */
  @GetMapping("/api/follow-ups")
  public List<FollowUpService.TeamRow> team(@RequestParam(required = false) String owner,
      @RequestParam(required = false) String type, @RequestParam(required = false) String status,
      Authentication authentication) {
    return followUps.team(AtendeUser.of(authentication), owner, type, status);
  }

  @GetMapping("/api/follow-ups/{code}")
  public FollowUpService.Detail get(@PathVariable String code, Authentication authentication) {
    return followUps.detail(code, AtendeUser.of(authentication));
  }

  @PutMapping("/api/follow-ups/{code}/owner")
  public FollowUpService.TeamRow reassign(@PathVariable String code, @RequestBody OwnerChange change,
      Authentication authentication) {
    return followUps.reassign(code, change.owner(), AtendeUser.of(authentication));
  }

  /** {decision: APPROVE|REJECT, note}: what ValidateFollowUp asks in Tasklist. */
  @PostMapping("/api/follow-ups/{code}/validation")
  public FollowUpService.TeamRow validate(@PathVariable String code, @RequestBody ValidationRequest request,
      Authentication authentication) {
    return followUps.validate(code, request.decision(), request.note(), AtendeUser.of(authentication));
  }
}
