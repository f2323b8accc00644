package br.com.atende.demo;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.NewClient;
import br.com.atende.common.BusinessDays;
import br.com.atende.common.BusinessTime;
import br.com.atende.followup.FollowUpService;
import br.com.atende.followup.FollowUpService.OpenRequest;
import br.com.atende.interaction.InteractionRepository;
import br.com.atende.interaction.InteractionService;
import br.com.atende.interaction.InteractionService.NewInteraction;
import br.com.atende.sale.SaleService;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile "demo", seed 002: clients of the commercial and support teams with interactions and
 * follow-ups in each state (open, due today, waiting for validation, concluded, sold, expired), and
 * a sale with its commission. Made through the same services the pages use.
 */
@Component
@Profile("demo")
public class CommercialDemoData {

  private static final Logger LOG = LoggerFactory.getLogger(CommercialDemoData.class);
  private static final String BITRIX = "https://atende-demo.bitrix24.com.br/crm/deal/details/";

  private static final AtendeUser GABRIEL = new AtendeUser("gabriel", Set.of(Roles.SALES));
  private static final AtendeUser HELENA = new AtendeUser("helena", Set.of(Roles.SALES));
  private static final AtendeUser IGOR = new AtendeUser("igor", Set.of(Roles.SUPPORT));

  private final ClientRegistry registry;
  private final InteractionService interactionService;
  private final InteractionRepository interactions;
  private final FollowUpService followUps;
  private final SaleService sales;
  private final TaskService taskService;
  private final ManagementService managementService;

  public CommercialDemoData(ClientRegistry registry, InteractionService interactionService,
      InteractionRepository interactions, FollowUpService followUps, SaleService sales, TaskService taskService,
      ManagementService managementService) {
    this.registry = registry;
    this.interactionService = interactionService;
    this.interactions = interactions;
    this.followUps = followUps;
    this.sales = sales;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(4)
  public void seed() {
    if (interactions.count() > 0) {
      return;
    }
    // "Today" for the follow-ups due today: the next business day when the demo starts on a weekend or holiday.
    LocalDate today = BusinessDays.isBusinessDay(BusinessTime.today()) ? BusinessTime.today()
        : BusinessDays.plusBusinessDays(BusinessTime.today(), 1);
    Client almeida = client("Almeida & Rocha Advogados", "(62) 3212-4000", "11.222.333/0001-81", "contato@almeidarocha.adv.br");
    interactionService.record(almeida.getId(), new NewInteraction("PHONE", "SALE",
        "#venda em andamento: orçamento de intimação eletrônica para 3 advogados enviado por e-mail.", BITRIX + "101",
        "Intimação eletrônica"), GABRIEL);
    followUps.open(almeida.getId(), new OpenRequest("SALE_WITH_CONTACT", "Intimação eletrônica", true, null,
        "Orçamento enviado; cliente decide com os sócios."), GABRIEL);

    Client rafael = client("Rafael Moura", "(62) 99321-4455", "111.444.777-35", null);
    interactionService.record(rafael.getId(), new NewInteraction("PHONE", "PRODUCT_OFFER",
        "# Tentativa: liguei duas vezes e o cliente não atendeu.", null, "Pesquisa processual"), HELENA);
    followUps.open(rafael.getId(), new OpenRequest("NO_CONTACT", "Pesquisa processual", false,
        today.toString(), "Tentar de novo hoje à tarde."), HELENA);

    Client costa = client("Costa & Filhos Ltda", "(11) 3030-2020", null, "financeiro@costaefilhos.com.br");
    followUps.open(costa.getId(), new OpenRequest("SALE_WITH_CONTACT", "Monitoramento de processos", true,
        BusinessDays.plusBusinessDays(BusinessTime.today(), 6).toString(),
        "Cliente só decide depois da reunião de diretoria, na semana que vem."), HELENA);

    Client beatriz = client("Beatriz Lima", "(62) 98877-6655", null, "beatriz.lima@example.com");
    followUps.open(beatriz.getId(), new OpenRequest("ONBOARDING", "Intimação eletrônica", false, null,
        "Primeiro contato após a contratação: apresentar o sistema."), IGOR);

    Client nunes = client("Escritório Nunes", "(62) 3241-7788", null, null);
    interactionService.record(nunes.getId(), new NewInteraction("WHATSAPP", "QUOTE",
        "Cliente pediu valores de pesquisa para dois advogados; mandei pelo WhatsApp.", BITRIX + "102",
        "Pesquisa processual"), GABRIEL);
    String concluded = followUps.open(nunes.getId(), new OpenRequest("SALE_WITH_CONTACT", "Pesquisa processual", true,
        null, "Aguardando retorno do orçamento."), GABRIEL).processInstanceId();
    complete(concluded, "gabriel", Map.of("followUpAction", "CONCLUDE",
        "observation", "Concluindo agendamento: cliente fechou com o concorrente."));
    followUps.open(nunes.getId(), new OpenRequest("SALE_WITH_CONTACT", "Intimação eletrônica", true, null,
        "Orçamento enviado por e-mail."), GABRIEL);
    sales.register(nunes.getId(), new SaleService.NewSale("Intimação eletrônica",
        "Plano anual de intimação eletrônica para 2 advogados.", "PHONE"), GABRIEL);
    String expired = followUps.open(nunes.getId(), new OpenRequest("NO_CONTACT", "Treinamento avançado", false,
        today.toString(), "Ligar para oferecer o treinamento."), HELENA).processInstanceId();
    // The follow-up's own timer, run now: what happens at the end of its last day.
    managementService.createJobQuery().processInstanceId(expired).timers().list().stream().map(Job::getId)
        .forEach(managementService::executeJob);
    LOG.info("Seed 002 demo: 5 clients with interactions, follow-ups in each state and a sale");
  }

  private Client client(String name, String phone, String cpfCnpj, String email) {
    return registry.register(new NewClient(name, phone, cpfCnpj, email, false, false), "julia");
  }

  private void complete(String processInstanceId, String owner, Map<String, Object> variables) {
    String task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskAssignee(owner).singleResult()
        .getId();
    taskService.complete(task, variables);
  }
}
