package br.com.atende.support;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.CampaignService;
import br.com.atende.campaign.CampaignService.NewActionType;
import br.com.atende.campaign.CampaignService.NewCampaign;
import br.com.atende.campaign.StoreService;
import br.com.atende.common.BusinessTime;
import br.com.atende.security.Roles;
import br.com.atende.mailing.MailingImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Fresh stores, agents and campaigns per test, so tests sharing one database never collide. */
@Component
public class Fixtures {

  /** Monday 2026-11-30 10:00 in São Paulo: inside the callback window. */
  public static final LocalDateTime MONDAY_10AM = LocalDateTime.of(2026, 11, 30, 10, 0);

  private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

  private final IdentityService identityService;
  private final StoreService storeService;
  private final CampaignService campaignService;
  private final MailingImporter importer;

  public Fixtures(IdentityService identityService, StoreService storeService, CampaignService campaignService,
      MailingImporter importer) {
    this.identityService = identityService;
    this.storeService = storeService;
    this.campaignService = campaignService;
    this.importer = importer;
  }

  public static void setClock(LocalDateTime saoPauloTime) {
    ClockUtil.setCurrentTime(Date.from(BusinessTime.toInstant(saoPauloTime)));
  }

  public static void moveClock(Instant to) {
    ClockUtil.setCurrentTime(Date.from(to));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  public String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  public String store() {
    String code = String.valueOf(SEQUENCE.incrementAndGet());
    storeService.create(code, "Loja " + code);
    return code;
  }

  /** An agent of the given stores; the password is the user id, as for the demo users. */
  public String agent(String... storeCodes) {
    List<String> groups = new ArrayList<>();
    groups.add(Roles.AGENTS);
    for (String store : storeCodes) {
      groups.add(Roles.storeGroup(store));
    }
    return user(unique("agent"), groups);
  }

  /** An engine group (a team), e.g. for complaint reasons. */
  public String group(String id) {
    org.camunda.bpm.engine.identity.Group group = identityService.newGroup(id);
    group.setName(id);
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
    return id;
  }

  public String user(String id, List<String> groups) {
    User user = identityService.newUser(id);
    user.setFirstName(id);
    user.setLastName("Teste");
    user.setPassword(id);
    identityService.saveUser(user);
    groups.forEach(group -> identityService.createMembership(id, group));
    return id;
  }

  /**
   * An active campaign (yesterday to +30 days, engine clock) for the stores, with {@code leads} leads.
   * CONSENTED: the flows under test are not about the calling hours, and every campaign's mailing
   * reuses the numbers of {@link #phone(int)}, whose daily cap SART counts across campaigns. The
   * contact policy's own tests ask for SART ({@link #campaign(List, List, ContactPolicy)}).
   */
  public Campaign campaign(List<String> storeCodes, int leads) {
    return campaign(storeCodes, leads, List.of());
  }

  public Campaign campaign(List<String> storeCodes, int leads, List<NewActionType> actionTypes) {
    Campaign campaign = campaign(storeCodes, actionTypes, ContactPolicy.CONSENTED);
    if (leads > 0) {
      importCsv(campaign.getCode(), mailing(leads, null));
    }
    return campaign;
  }

  /** An active campaign with no leads under the given contact policy. */
  public Campaign campaign(List<String> storeCodes, List<NewActionType> actionTypes, ContactPolicy policy) {
    LocalDate today = BusinessTime.today();
    return campaignService.create(new NewCampaign(unique("CAMP"), "Campanha de teste",
        "Oferta de teste", storeCodes, today.minusDays(1), today.plusDays(30), "https://example.com/materiais.pdf",
        "Roteiro de teste", actionTypes, null, policy.name()), "test");
  }

  /** A CSV mailing ("nome;telefone;...") of {@code count} valid leads, all for {@code store} if given. */
  public static String mailing(int count, String store) {
    StringBuilder csv = new StringBuilder("nome;telefone;endereco;cidade;uf;loja\n");
    for (int i = 0; i < count; i++) {
      csv.append("Cliente ").append(i + 1).append(';').append(phone(i)).append(";Rua ").append(i + 1)
          .append(";Goiânia;GO;").append(store == null ? "" : store).append('\n');
    }
    return csv.toString();
  }

  /** A valid CPF (11 digits, right check digits) unique to this run, for records that must not collide. */
  public String cpf() {
    return cpf(100_000_000 + SEQUENCE.incrementAndGet());
  }

  /** The valid CPF (11 digits) whose first nine digits are {@code base}. */
  public static String cpf(int base) {
    String first = String.format("%09d", base);
    int[] digits = new int[11];
    for (int i = 0; i < 9; i++) {
      digits[i] = first.charAt(i) - '0';
    }
    for (int check = 9; check < 11; check++) {
      int sum = 0;
      for (int i = 0; i < check; i++) {
        sum += digits[i] * (check + 1 - i);
      }
      int rest = (sum * 10) % 11;
      digits[check] = rest == 10 ? 0 : rest;
    }
    StringBuilder cpf = new StringBuilder();
    for (int digit : digits) {
      cpf.append(digit);
    }
    return cpf.toString();
  }

  /** A mobile number (digits) unique to this run, outside the range {@link #phone(int)} hands out. */
  public String uniquePhone() {
    int n = SEQUENCE.incrementAndGet();
    return String.format("(61) 98%03d-%04d", n / 10_000 % 1000, n % 10_000);
  }

  /** Distinct valid mobile numbers for i = 0..9,999,999. */
  public static String phone(int i) {
    return String.format("(62) 99%03d-%04d", i / 10_000, i % 10_000);
  }

  public MailingImporter.Result importCsv(String campaignCode, String csv) {
    try {
      Path file = Files.createTempFile("mailing-", ".csv");
      try {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return importer.importFile(campaignCode, file, "test.csv", "test");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
