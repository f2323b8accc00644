package br.com.atende.serviceevent;

import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.common.Codes;
import br.com.atende.common.UserFacingException;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dealer's admin API (DESIGN contract) and an event's arrival and WhatsApp resend. */
@RestController
@RequestMapping("/api")
public class ServiceEventController {

  /** The dealer\'s registers are kept by managers. */

  private final ServiceEventService service;
  private final Agenda agenda;

  public ServiceEventController(ServiceEventService service, Agenda agenda) {
    this.service = service;
    this.agenda = agenda;
  }

  @GetMapping("/event-types")
  public List<Agenda.EventTypeView> eventTypes() {
    return agenda.eventTypes();
  }

  @GetMapping("/loss-reasons")
  public List<Agenda.LossReasonView> lossReasons() {
    return agenda.lossReasons();
  }

  @PutMapping("/loss-reasons/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void editLossReason(@PathVariable String code, @RequestBody(required = false) ServiceEventService.LossReasonEdit edit,
      Authentication authentication) {
    service.editLossReason(code, edit, AtendeUser.of(authentication));
  }

  @PutMapping("/event-types/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void editEventType(@PathVariable String code, @RequestBody(required = false) ServiceEventService.EventTypeEdit edit,
      Authentication authentication) {
    service.editEventType(code, edit, AtendeUser.of(authentication));
  }

  /** Seed 004's "Botão Frota": the client's vehicles. */
  @GetMapping("/clients/{id}/vehicles")
  public List<Agenda.VehicleView> fleet(@PathVariable Long id, Authentication authentication) {
    return agenda.fleet(id, AtendeUser.of(authentication));
  }

  @PutMapping("/clients/{id}/vehicles/{vehicleId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void editVehicle(@PathVariable Long id, @PathVariable Long vehicleId,
      @RequestBody(required = false) ServiceEventService.NewVehicle request, Authentication authentication) {
    service.editVehicle(id, vehicleId, request, AtendeUser.of(authentication));
  }

  /**
   * The dealer agenda: open events (Pendente, Agendado, Confirmado), an agent's own, every one for
   * supervisors; oldest first, as they are to be called.
   */
  @GetMapping("/service-events")
  public List<Agenda.AgendaRow> agenda(Authentication authentication) {
    return agenda.open(AtendeUser.of(authentication));
  }

  public record Created(Long id) {}

  public record EventCreated(String code, String processInstanceId) {}

  @PostMapping("/clients/{id}/vehicles")
  @ResponseStatus(HttpStatus.CREATED)
  public Created addVehicle(@PathVariable Long id, @RequestBody ServiceEventService.NewVehicle request,
      Authentication authentication) {
    return new Created(service.addVehicle(id, request, AtendeUser.of(authentication)).getId());
  }

  @PostMapping("/loss-reasons")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createLossReason(@RequestBody ServiceEventService.NewLossReason request,
      Authentication authentication) {
    return Map.of("code", service.createLossReason(request, AtendeUser.of(authentication)).getCode());
  }

  @PostMapping("/event-types")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createEventType(@RequestBody ServiceEventService.NewEventType request,
      Authentication authentication) {
    return Map.of("code", service.createEventType(request, AtendeUser.of(authentication)).getCode());
  }

  @PostMapping("/service-events")
  @ResponseStatus(HttpStatus.CREATED)
  public EventCreated createEvent(@RequestBody ServiceEventService.NewServiceEvent request,
      Authentication authentication) {
    ServiceEvent event = service.createEvent(request, AtendeUser.of(authentication));
    return new EventCreated(event.getCode(), event.getProcessInstanceId());
  }

  @GetMapping("/service-events/{code}")
  public Agenda.EventView event(@PathVariable String code, Authentication authentication) {
    return agenda.event(code, AtendeUser.of(authentication));
  }

  /** The client arrived at the dealership for the appointment (message ClientArrived). */
  @PostMapping("/service-events/{code}/arrival")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void arrival(@PathVariable String code, Authentication authentication) {
    service.registerArrival(code, AtendeUser.of(authentication));
  }

  /** Seed 004's "Remarcar" of a confirmed or missed appointment (message AppointmentRescheduled). */
  @PostMapping("/service-events/{code}/reschedule")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void reschedule(@PathVariable String code, @RequestBody(required = false) ServiceEventService.Reschedule request,
      Authentication authentication) {
    service.reschedule(code, request, AtendeUser.of(authentication));
  }

  /** Seed 004's WhatsApp icon: LeadZap sends that message again. */
  @PostMapping("/service-events/{code}/dispatches/{kind}/resend")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void resend(@PathVariable String code, @PathVariable String kind, Authentication authentication) {
    LeadZapDispatch.Kind parsed = Codes.parse(LeadZapDispatch.Kind.class, kind);
    if (parsed == null) {
      throw UserFacingException.badRequest("Disparo desconhecido: " + kind + " (SCHEDULED, CONFIRMATION ou NO_SHOW).");
    }
    service.resend(code, parsed, AtendeUser.of(authentication));
  }
}
