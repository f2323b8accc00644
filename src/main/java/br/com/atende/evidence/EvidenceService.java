package br.com.atende.evidence;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Labelled;
import br.com.atende.common.Phones;
import br.com.atende.common.SheetWriter;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Outcome;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutService;
import br.com.atende.security.AtendeUser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence for a Procon or Anatel complaint about a number: every attempt on it across campaigns
 * and stores (when, campaign, store, agent, outcome, the rule that allowed the call) and its
 * opt-outs. A supervisor of some stores sees those stores' attempts and how many others exist.
 */
@Service
public class EvidenceService {

  static final String SUPERVISORS_ONLY = "Somente supervisores ou administradores consultam as evidências de contato.";
  static final String NOT_RECORDED = "não registrada (ligação anterior à política de contato)";

  public record Attempt(long leadId, int attemptNo, String at, String campaignCode,
      String campaignName, String storeCode, String storeName, String agent, String outcome, String outcomeLabel,
      String reason, String reasonLabel, String allowedBy) {}

  public record Evidence(String phone, String phoneDisplay, List<Attempt> attempts, int otherStoresAttempts,
      List<OptOutService.Row> optOuts, List<String> optedOutOf, String generatedAt) {}

  private final JdbcTemplate jdbc;
  private final OptOutService optOuts;

  public EvidenceService(JdbcTemplate jdbc, OptOutService optOuts) {
    this.jdbc = jdbc;
    this.optOuts = optOuts;
  }

  @Transactional(readOnly = true)
  public Evidence of(String phone, AtendeUser user) {
    if (!OptOutService.keepsTheLedger(user)) {
      throw UserFacingException.forbidden(SUPERVISORS_ONLY);
    }
    String e164 = OptOutService.requirePhone(phone);
    // The number's leads by ix_leads_phone_campaign, their attempts by ix_lead_attempts_lead: a few rows, never a scan.
    List<Attempt> all = jdbc.query("""
        SELECT l.id AS lead_id, a.attempt_no, a.finished_at, l.campaign_code, c.name AS campaign_name,
          COALESCE(a.store_code, l.worked_store_code, l.store_code) AS store_code, s.name AS store_name, a.agent,
          a.outcome, a.reason, a.allowed_by
        FROM leads l
        JOIN lead_attempts a ON a.lead_id = l.id
        JOIN campaigns c ON c.code = l.campaign_code
        LEFT JOIN stores s ON s.code = COALESCE(a.store_code, l.worked_store_code, l.store_code)
        WHERE l.phone = ?
        ORDER BY a.finished_at, a.id""", (rs, i) -> {
          LocalDateTime utc = rs.getObject("finished_at", LocalDateTime.class);
          String outcome = rs.getString("outcome");
          String allowedBy = rs.getString("allowed_by");
          return new Attempt(rs.getLong("lead_id"), rs.getInt("attempt_no"),
              BusinessTime.formatBrazilian(utc.toInstant(ZoneOffset.UTC)), rs.getString("campaign_code"),
              rs.getString("campaign_name"), rs.getString("store_code"), rs.getString("store_name"), rs.getString("agent"),
              outcome, Labelled.labelOf(Outcome.class, outcome), rs.getString("reason"),
              Outcome.reasonLabelOf(outcome, rs.getString("reason")), allowedBy == null ? NOT_RECORDED : allowedBy);
        }, e164);
    List<Attempt> seen = all.stream().filter(attempt -> user.oversees(attempt.storeCode())).toList();
    List<OptOutService.Row> rows = optOuts.entries(e164, user);
    List<String> optedOutOf = Arrays.stream(OptOutChannel.values())
        .filter(channel -> rows.stream().anyMatch(row -> row.channel().equals(channel.name())))
        .map(OptOutChannel::label).toList();
    return new Evidence(e164, Phones.display(e164), seen, all.size() - seen.size(), rows, optedOutOf,
        BusinessTime.formatBrazilian(BusinessTime.now()));
  }

  /** The same as a sheet: the attempts, then the opt-outs, with pt-BR headers. */
  public void write(Evidence evidence, SheetWriter sheet) {
    sheet.header(List.of("Data e hora", "Campanha", "Código da campanha", "Loja", "Atendente", "Resultado", "Motivo",
        "Regra que permitiu a ligação", "Lead", "Tentativa"));
    for (Attempt attempt : evidence.attempts()) {
      sheet.row(attempt.at(), attempt.campaignName(), attempt.campaignCode(),
          attempt.storeName() == null ? attempt.storeCode() : attempt.storeName(), attempt.agent(),
          attempt.outcomeLabel(), attempt.reasonLabel(), attempt.allowedBy(), attempt.leadId(), attempt.attemptNo());
    }
    if (evidence.otherStoresAttempts() > 0) {
      sheet.row(evidence.otherStoresAttempts() + " tentativa(s) em lojas que você não supervisiona não aparecem aqui.");
    }
    sheet.row();
    sheet.header(List.of("Descadastro: data e hora", "Canal", "Origem", "Registrado por", "Comprovante"));
    for (OptOutService.Row row : evidence.optOuts()) {
      sheet.row(row.recordedAt(), row.channelLabel(), row.sourceLabel(), row.recordedBy(), row.proof());
    }
    if (evidence.optOuts().isEmpty()) {
      sheet.row("Nenhum descadastro registrado para este número.");
    }
  }

  /** The sheet's second line: which number, and what it opted out of. */
  public static String filters(Evidence evidence) {
    return "Número: " + evidence.phoneDisplay() + " · Descadastrado de: " + (evidence.optedOutOf().isEmpty()
        ? "nenhum canal" : String.join(", ", evidence.optedOutOf()));
  }
}
