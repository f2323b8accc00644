package br.com.atende.serviceevent;

import br.com.atende.security.AtendeUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 004's "Ações com o Cliente" on /api: the dealer's flags and complaints (the record itself is client/). */
@RestController
@RequestMapping("/api")
public class ClientActionsController {

  private final ClientService clients;
  private final ServiceEventService service;
  private final Agenda agenda;

  public ClientActionsController(ClientService clients, ServiceEventService service, Agenda agenda) {
    this.clients = clients;
    this.service = service;
    this.agenda = agenda;
  }

  @PatchMapping("/clients/{id}/flags")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void flag(@PathVariable Long id, @RequestBody ClientService.Flags flags, Authentication authentication) {
    clients.flag(id, flags, AtendeUser.of(authentication));
  }

  /** Seed 004's "Conversa" with the client on WhatsApp; 409 for a client who does not want WhatsApp. */
  @GetMapping("/clients/{id}/conversation")
  public ClientService.Conversation conversation(@PathVariable Long id, Authentication authentication) {
    return clients.conversation(id, AtendeUser.of(authentication));
  }

  /** The reasons a complaint may be opened with; {@code all=true}: every one, for the registers page (managers). */
  @GetMapping("/complaint-reasons")
  public List<?> complaintReasons(@RequestParam(defaultValue = "false") boolean all, Authentication authentication) {
    return all ? agenda.complaintReasons(AtendeUser.of(authentication)) : clients.complaintReasons();
  }

  @PutMapping("/complaint-reasons/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void editComplaintReason(@PathVariable String code,
      @RequestBody(required = false) ServiceEventService.ComplaintReasonEdit edit, Authentication authentication) {
    service.editComplaintReason(code, edit, AtendeUser.of(authentication));
  }

  @PostMapping("/complaint-reasons")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createComplaintReason(@RequestBody ServiceEventService.NewComplaintReason request,
      Authentication authentication) {
    return Map.of("code", service.createComplaintReason(request, AtendeUser.of(authentication)).getCode());
  }

  @PostMapping("/clients/{id}/complaints")
  @ResponseStatus(HttpStatus.CREATED)
  public ServiceEventController.EventCreated openComplaint(@PathVariable Long id,
      @RequestBody ClientService.NewComplaint complaint, Authentication authentication) {
    ServiceEvent event = clients.openComplaint(id, complaint, AtendeUser.of(authentication));
    return new ServiceEventController.EventCreated(event.getCode(), event.getProcessInstanceId());
  }
}
