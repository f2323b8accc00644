package br.com.atende.demo;

import br.com.atende.security.Roles;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.CampaignService;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.campaign.CampaignService.NewCampaign;
import br.com.atende.campaign.StoreRepository;
import br.com.atende.campaign.StoreService;
import br.com.atende.common.BusinessTime;
import br.com.atende.mailing.MailingImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Profile "demo": the DESIGN demo users, two stores, an active campaign per store and its leads. */
@Component
@Profile("demo")
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  static final int LEADS_PER_CAMPAIGN = 200;

  private record DemoUser(String id, String firstName, String lastName, List<String> groups) {}

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("ana", "Ana", "Souza", List.of(Roles.AGENTS, Roles.storeGroup("001"), Roles.storeGroup("002"))),
      new DemoUser("bruno", "Bruno", "Lima", List.of(Roles.AGENTS, Roles.storeGroup("001"))),
      new DemoUser("carla", "Carla", "Mendes", List.of(Roles.SUPERVISORS)),
      new DemoUser("diego", "Diego", "Ramos", List.of(Roles.AUDITORS)),
      new DemoUser("elisa", "Elisa", "Costa", List.of(Roles.MAINTENANCE)),
      new DemoUser("fabio", "Fábio", "Teixeira", List.of(Roles.PROCESS_OWNERS)),
      // Seed 002's commercial, support and registration teams; carla is their manager.
      new DemoUser("gabriel", "Gabriel", "Martins", List.of(Roles.SALES)),
      new DemoUser("helena", "Helena", "Barros", List.of(Roles.SALES)),
      new DemoUser("igor", "Igor", "Nunes", List.of(Roles.SUPPORT)),
      new DemoUser("julia", "Júlia", "Campos", List.of(Roles.CENTRAL)));

  private static final Map<String, String> STORES = Map.of("001", "Loja Centro", "002", "Loja Norte");

  private final IdentityService identityService;
  private final StoreService storeService;
  private final StoreRepository stores;
  private final CampaignService campaignService;
  private final CampaignRepository campaigns;
  private final MailingImporter importer;

  public DemoData(IdentityService identityService, StoreService storeService, StoreRepository stores,
      CampaignService campaignService, CampaignRepository campaigns, MailingImporter importer) {
    this.identityService = identityService;
    this.storeService = storeService;
    this.stores = stores;
    this.campaignService = campaignService;
    this.campaigns = campaigns;
    this.importer = importer;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void seed() {
    STORES.forEach((code, name) -> {
      if (!stores.existsById(code)) {
        storeService.create(code, name);
      }
    });
    USERS.forEach(this::ensureUser);
    LocalDate today = BusinessTime.today();
    seedCampaign(new NewCampaign("FIBRA-CENTRO", "Vivo Fibra 500 Mega", "Vivo Fibra 500 Mega por R$ 99,90/mês no 1º ano",
        List.of("001"), today.minusDays(1), today.plusDays(60),
        "https://www.vivo.com.br/para-voce/produtos-e-servicos/para-casa/internet",
        "Olá, aqui é da Vivo. Temos uma oferta de fibra para o seu endereço.", List.of(
            new NewActionType("LIGACAO", "Ligação: oferta Fibra", "Olá, [nome]! Aqui é [consultor], da Vivo. "
                + "A Vivo Fibra 500 Mega chegou ao seu endereço por R$ 99,90/mês no 1º ano. Posso te contar mais?"),
            new NewActionType("WHATSAPP", "WhatsApp: oferta Fibra", "Oi, [nome]! Sou [consultor], da Vivo. "
                + "Tenho uma oferta de Fibra 500 Mega para o seu endereço. Posso te ligar ou prefere por aqui?")), null,
        // Clients who asked for the fiber offer on the site: their calls are wanted, so the demo works at any hour.
        ContactPolicy.CONSENTED.name()), 1);
    seedCampaign(new NewCampaign("POS-NORTE", "Vivo Pós 50 GB", "Vivo Pós 50 GB com ligações ilimitadas por R$ 119,99",
        List.of("002"), today.minusDays(1), today.plusDays(60), null, null, List.of(), null,
        // Unsolicited calls: outside SART's hours the home page says why the queue is empty and when it reopens.
        ContactPolicy.SART.name()), 2);
  }

  private void ensureUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setPassword(demo.id());
      user.setEmail(demo.id() + "@atende.demo");
      identityService.saveUser(user);
      demo.groups().forEach(group -> identityService.createMembership(demo.id(), group));
      LOG.info("Demo user {} (password {}) in {}", demo.id(), demo.id(), demo.groups());
    }
  }

  private void seedCampaign(NewCampaign campaign, int phoneSeries) {
    if (campaigns.existsById(campaign.code())) {
      return;
    }
    campaignService.create(campaign, "demo");
    try {
      Path file = Files.createTempFile("demo-mailing-", ".csv");
      try {
        Files.writeString(file, demoMailing(phoneSeries), StandardCharsets.UTF_8);
        importer.importFile(campaign.code(), file, "demo.csv", "demo");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String demoMailing(int series) {
    String[] first = {"Maria", "José", "Antônia", "João", "Francisca", "Carlos", "Paula", "Lucas", "Juliana", "Pedro"};
    String[] last = {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Gomes"};
    StringBuilder csv = new StringBuilder("nome;telefone;endereco;cidade;uf\n");
    for (int i = 0; i < LEADS_PER_CAMPAIGN; i++) {
      csv.append(first[i % first.length]).append(' ').append(last[(i / first.length) % last.length])
          .append(';').append(String.format("(62) 9%d%03d-%04d", 8 + series % 2, series * 100 + i / 1000, i))
          .append(";Rua ").append(i + 1).append(", Setor Central;Goiânia;GO\n");
    }
    return csv.toString();
  }
}
