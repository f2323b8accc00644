package br.com.atende.demo;

import br.com.atende.client.Client;
import br.com.atende.serviceevent.EventGroup;
import br.com.atende.serviceevent.EventType;
import br.com.atende.serviceevent.LossReasonRepository;
import br.com.atende.serviceevent.ServiceEventService;
import br.com.atende.common.BusinessTime;
import br.com.atende.security.Roles;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.serviceevent.ServiceEventService.NewComplaintReason;
import br.com.atende.serviceevent.ServiceEventService.NewEventType;
import br.com.atende.serviceevent.ServiceEventService.NewLossReason;
import br.com.atende.serviceevent.ServiceEventService.NewServiceEvent;
import br.com.atende.serviceevent.ServiceEventService.NewVehicle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo dealer (profile demo, once): event types, reasons, two clients and ana's pending events. */
@Component
@Profile("demo")
public class DealerDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DealerDemoData.class);

  private final ServiceEventService service;
  private final ClientRegistry clientRegistry;
  private final LossReasonRepository lossReasons;

  public DealerDemoData(ServiceEventService service, ClientRegistry clientRegistry, LossReasonRepository lossReasons) {
    this.clientRegistry = clientRegistry;
    this.service = service;
    this.lossReasons = lossReasons;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(3)
  public void seed() {
    if (lossReasons.count() > 0) {
      return;
    }
    service.createLossReason(new NewLossReason("VENDEU_VEICULO", "Vendeu o veículo", "VENDAS"));
    service.createLossReason(new NewLossReason("OUTRA_OFICINA", "Faz a revisão em outra oficina", "SERVICOS"));
    service.createLossReason(new NewLossReason("SEM_CONTATO", "Não conseguiu falar com o cliente", "TODOS"));
    service.createLossReason(new NewLossReason("MUDOU_CIDADE", "Mudou de cidade", "TODOS"));
    service.createLossReason(new NewLossReason("COMPROU_OUTRA_MARCA", "Comprou carro de outra marca", "VENDAS"));
    service.createEventType(new NewEventType("REVISAO_10K", "Revisão de 10.000 km", EventType.AFTER_SALES_GROUP, true,
        "SERVICOS", List.of("VENDEU_VEICULO", "OUTRA_OFICINA", "SEM_CONTATO"), null, null));
    service.createEventType(new NewEventType("LAVAGEM", "Lavagem de cortesia", EventType.AFTER_SALES_GROUP, false,
        "SERVICOS", List.of(), null, null));
    service.createEventType(new NewEventType("ANIVERSARIO", "Aniversário do cliente", EventGroup.RELATIONSHIP.label(),
        false, "VENDAS", List.of(), null, null));
    service.createEventType(new NewEventType("RECLAMACAO", "Reclamação", EventGroup.COMPLAINTS.label(), false,
        "SERVICOS", List.of(), null, Roles.SUPERVISORS));
    service.createComplaintReason(new NewComplaintReason("ATENDIMENTO", "Atendimento na oficina", "RECLAMACAO",
        "carla", null));
    service.createComplaintReason(new NewComplaintReason("PRAZO", "Prazo de entrega do veículo", "RECLAMACAO", null,
        Roles.SUPERVISORS));
    Client maria = clientRegistry.register(new NewClient("Maria Oliveira", "(62) 98111-2233", "529.982.247-25",
        "maria@example.com", false, false), "demo");
    Long corolla = service.addVehicle(maria.getId(), new NewVehicle("ABC1D23", "Toyota Corolla XEi", 2023)).getId();
    Client joao = clientRegistry.register(new NewClient("João Pereira", "(62) 98444-5566", null, null, true, true), "demo");
    Long hilux = service.addVehicle(joao.getId(), new NewVehicle("QWE4R56", "Toyota Hilux SRV", 2022)).getId();
    service.createEvent(new NewServiceEvent("REVISAO_10K", maria.getId(), corolla, "ana", BusinessTime.today().plusDays(7)));
    service.createEvent(new NewServiceEvent("LAVAGEM", maria.getId(), corolla, "ana", null));
    service.createEvent(new NewServiceEvent("REVISAO_10K", joao.getId(), hilux, "ana", BusinessTime.today().plusDays(10)));
    service.createEvent(new NewServiceEvent("ANIVERSARIO", joao.getId(), null, "ana", BusinessTime.today()));
    LOG.info("Demo dealer: 2 clients, 4 events for ana");
  }
}
