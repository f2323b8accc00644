package br.com.atende.contactpolicy;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.common.Phones;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.leadattendance.AttendanceService;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.support.Fixtures;
import br.com.atende.support.MariaDbIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A process owner adds São Paulo's stricter hours as a row of contact-hours and redeploys: the stricter rule wins at the next pull. */
@MariaDbIntegrationTest
class ContactHoursRedeployTest {

  static final Path HOURS = Path.of("dmn", "contact-hours.dmn");
  static final String SAO_PAULO_ROW = """
      <rule id="Rule_SaoPauloWeekdays">
        <description>Lei estadual hipotética de teste: em SP, de segunda a sexta, das 10h às 20h.</description>
        <inputEntry id="UnaryTests_SaoPauloWeekdays_State"><text>"SP"</text></inputEntry>
        <inputEntry id="UnaryTests_SaoPauloWeekdays_Day"><text>"MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"</text></inputEntry>
        <inputEntry id="UnaryTests_SaoPauloWeekdays_Holiday"><text></text></inputEntry>
        <outputEntry id="LiteralExpression_SaoPauloWeekdays_Opens"><text>"10:00"</text></outputEntry>
        <outputEntry id="LiteralExpression_SaoPauloWeekdays_Closes"><text>"20:00"</text></outputEntry>
      </rule>
    </decisionTable>""";

  @Autowired ContactRules rules;
  @Autowired Fixtures fixtures;
  @Autowired AttendanceService attendance;
  @Autowired LeadRepository leads;
  @Autowired RepositoryService repositoryService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void restoreTheTableAsShipped() throws Exception {
    Fixtures.resetClock();
    deploy(Files.readString(HOURS));
  }

  @Test
  void aStricterStateRowWins() throws Exception {
    String stricter = Files.readString(HOURS).replace("    </decisionTable>", SAO_PAULO_ROW);
    assertThat(stricter).contains("Rule_SaoPauloWeekdays");
    // The pulls keep the latest versions in memory: this node has read the shipped table already.
    String shipped = rules.deployed().allowedBy();
    int version = deploy(stricter);

    Fixtures.setClock(LocalDateTime.of(2026, 11, 30, 9, 30));
    String store = fixtures.store();
    AtendeUser agent = new AtendeUser(fixtures.agent(store), Set.of(Roles.AGENTS, Roles.storeGroup(store)));
    String saoPaulo = Phones.toE164(fixtures.uniquePhone().replace("(61)", "(11)")).orElseThrow();
    String goiania = Phones.toE164(fixtures.uniquePhone().replace("(61)", "(62)")).orElseThrow();
    Campaign campaign = fixtures.campaign(List.of(store), List.of(), ContactPolicy.SART);
    fixtures.importCsv(campaign.getCode(), "nome;telefone\nPaulista;" + saoPaulo + "\nGoiano;" + goiania + "\n");

    Lead served = leads.findById(attendance.pullNext(agent, store, campaign.getCode()).leadId()).orElseThrow();

    assertThat(served.getPhone()).as("09:30 is before São Paulo's 10:00, not Goiás' 09:00").isEqualTo(goiania);
    assertThat(served.getAllowedBy()).startsWith("SART contact-hours v" + version + ",").isNotEqualTo(shipped);
    assertThat(jdbc.queryForObject("SELECT local_until FROM lead_holds WHERE phone = ?", String.class, saoPaulo))
        .isEqualTo("2026-11-30T10:00");
  }

  private int deploy(String table) {
    repositoryService.createDeployment().name("contact-hours").addString("contact-hours.dmn", table).deploy();
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(ContactRules.HOURS)
        .latestVersion().singleResult().getVersion();
  }
}
