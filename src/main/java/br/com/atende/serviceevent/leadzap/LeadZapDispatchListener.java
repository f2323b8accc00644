package br.com.atende.serviceevent.leadzap;

import br.com.atende.client.Client;
import br.com.atende.serviceevent.EventType;
import br.com.atende.serviceevent.EventTypeRepository;
import br.com.atende.serviceevent.ServiceEvent;
import br.com.atende.serviceevent.ServiceEventService;
import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.BusinessTime;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of each LeadZap dispatch task: writes the message as the client will read it (a red dot
 * until the worker sends it), so the forms show it at once, and hands its row to the worker.
 */
@Component
public class LeadZapDispatchListener implements ExecutionListener {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM 'às' HH:mm");

  private final ServiceEventService service;
  private final LeadZapDispatchRepository dispatches;
  private final EventTypeRepository eventTypes;

  public LeadZapDispatchListener(ServiceEventService service, LeadZapDispatchRepository dispatches,
      EventTypeRepository eventTypes) {
    this.service = service;
    this.dispatches = dispatches;
    this.eventTypes = eventTypes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ServiceEvent event = service.event(execution);
    Client client = service.client(event.getClientId());
    LeadZapDispatch.Kind kind = LeadZapDispatch.Kind.valueOf(KIND.from(execution));
    LeadZapDispatch dispatch = dispatches.save(new LeadZapDispatch(event.getId(), kind,
        message(kind, client, eventTypes.findById(event.getTypeCode()).orElseThrow(), event)));
    execution.setVariableLocal(DISPATCH_ID.name(), dispatch.getId());
    DISPATCHES.set(execution.getProcessInstance(), service.board(event.getId()));
  }

  static String message(LeadZapDispatch.Kind kind, Client client, EventType type, ServiceEvent event) {
    String name = client.getName().split("\\s+")[0];
    String when = event.getAppointmentAt() == null ? "" : WHEN.format(BusinessTime.toLocal(event.getAppointmentAt()));
    return switch (kind) {
      case SCHEDULED -> "Olá, " + name + "! Seu agendamento de " + type.getName() + " está marcado para " + when
          + ". Até lá!";
      case CONFIRMATION -> "Olá, " + name + "! Lembrete: " + type.getName() + " em " + when
          + ". Responda SIM para confirmar.";
      case NO_SHOW -> "Olá, " + name + "! Sentimos sua falta no agendamento de " + when
          + ". Quer remarcar? Responda esta mensagem.";
    };
  }
}
