package br.com.atende.serviceevent;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.identity.AtendeUser;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dealer's admin API (DESIGN contract) and an event's arrival and WhatsApp resend. */
@RestController
@RequestMapping("/api")
public class ServiceEventController {

  private final ServiceEventService service;

  public ServiceEventController(ServiceEventService service) {
    this.service = service;
  }

  public record Created(Long id) {}

  public record EventCreated(String code, String processInstanceId) {}

  public record EventView(String code, String typeCode, Long clientId, Long vehicleId, String status,
      String statusLabel, String responsible, String technician, String appointmentAt, String lossReason,
      String observation, String processInstanceId, List<Map<String, Object>> dispatches) {}

  @PostMapping("/clients")
  @ResponseStatus(HttpStatus.CREATED)
  public Created createClient(@RequestBody ServiceEventService.NewClient request, Authentication authentication) {
    requireManager(authentication);
    return new Created(service.createClient(request).getId());
  }

  @PostMapping("/clients/{id}/vehicles")
  @ResponseStatus(HttpStatus.CREATED)
  public Created addVehicle(@PathVariable Long id, @RequestBody ServiceEventService.NewVehicle request,
      Authentication authentication) {
    requireManager(authentication);
    return new Created(service.addVehicle(id, request).getId());
  }

  @PostMapping("/loss-reasons")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createLossReason(@RequestBody ServiceEventService.NewLossReason request,
      Authentication authentication) {
    requireManager(authentication);
    return Map.of("code", service.createLossReason(request).getCode());
  }

  @PostMapping("/event-types")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> createEventType(@RequestBody ServiceEventService.NewEventType request,
      Authentication authentication) {
    requireManager(authentication);
    return Map.of("code", service.createEventType(request).getCode());
  }

  @PostMapping("/service-events")
  @ResponseStatus(HttpStatus.CREATED)
  public EventCreated createEvent(@RequestBody ServiceEventService.NewServiceEvent request,
      Authentication authentication) {
    requireManager(authentication);
    ServiceEvent event = service.createEvent(request);
    return new EventCreated(event.getCode(), event.getProcessInstanceId());
  }

  @GetMapping("/service-events/{code}")
  @Transactional(readOnly = true)
  public EventView event(@PathVariable String code) {
    ServiceEvent event = service.event(code);
    return new EventView(event.getCode(), event.getTypeCode(), event.getClientId(), event.getVehicleId(),
        event.getStatus().name(), event.getStatus().label(), event.getResponsible(), event.getTechnician(),
        BusinessTime.formatLocalMinutes(event.getAppointmentAt()), event.getLossReason(), event.getObservation(),
        event.getProcessInstanceId(), service.board(event.getId()));
  }

  /** The client arrived at the dealership for the appointment (message ClientArrived). */
  @PostMapping("/service-events/{code}/arrival")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void arrival(@PathVariable String code) {
    service.registerArrival(code);
  }

  /** Seed 004's WhatsApp icon: LeadZap sends that message again. */
  @PostMapping("/service-events/{code}/dispatches/{kind}/resend")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void resend(@PathVariable String code, @PathVariable String kind) {
    LeadZapDispatch.Kind parsed;
    try {
      parsed = LeadZapDispatch.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw UserFacingException.badRequest("Disparo desconhecido: " + kind + " (SCHEDULED, CONFIRMATION ou NO_SHOW).");
    }
    service.resend(code, parsed);
  }

  private static void requireManager(Authentication authentication) {
    if (!AtendeUser.of(authentication).isManager()) {
      throw UserFacingException.forbidden("Só supervisores, BI e administradores mantêm os cadastros da agenda.");
    }
  }
}
