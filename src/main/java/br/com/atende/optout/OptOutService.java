package br.com.atende.optout;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.optout.OptOutLedger.OptOut;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The opt-out API: who may write the ledger by hand and who may read a number's rows. */
@Service
public class OptOutService {

  static final String SUPERVISORS_ONLY = "Somente supervisores ou administradores registram descadastros e importam"
      + " as listas Não Me Perturbe e Não Me Ligue.";
  static final String READERS_ONLY = "Somente supervisores ou administradores consultam o registro de descadastros.";
  static final String AGENT_OWN_LEAD = "Você só registra o pedido do cliente (Pedido do cliente) para um número que"
      + " está atendendo agora.";

  public record NewOptOut(String phone, String channel, String source, String proof) {}

  /** A row as the API shows it: codes with their pt-BR labels, the date in São Paulo time. */
  public record Row(long id, String phone, String phoneDisplay, String channel, String channelLabel, String source,
      String sourceLabel, String proof, String recordedBy, String recordedAt) {

    static Row of(OptOut optOut) {
      return new Row(optOut.id(), optOut.phone(), Phones.display(optOut.phone()), optOut.channel().name(),
          optOut.channel().label(), optOut.source().name(), optOut.source().label(), optOut.proof(),
          optOut.recordedBy(), BusinessTime.formatBrazilian(optOut.recordedAt()));
    }
  }

  private final OptOutLedger ledger;
  private final JdbcTemplate jdbc;

  public OptOutService(OptOutLedger ledger, JdbcTemplate jdbc) {
    this.ledger = ledger;
    this.jdbc = jdbc;
  }

  /** Supervisors and admins run the lists; BI and process owners change models, not whom we call. */
  public static boolean keepsTheLedger(AtendeUser user) {
    return user.isIn(Roles.SUPERVISORS) || user.isIn(Roles.ADMIN);
  }

  /**
   * A supervisor or admin records any source; an agent only the client's own request (LGPD), and
   * only for a number they are attending right now (a lead of theirs in progress), so an agent
   * cannot take numbers out of other stores' queues.
   */
  @Transactional
  public Row record(NewOptOut request, AtendeUser user) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe o telefone, o canal e a origem do descadastro.");
    }
    String phone = requirePhone(request.phone());
    OptOutChannel channel = Codes.require(OptOutChannel.class, request.channel(), "Canal (channel)");
    OptOutSource source = Codes.require(OptOutSource.class, request.source(), "Origem (source)");
    String proof = Text.requireMaxLength(Text.blankToNull(request.proof()), 4000, "Comprovante (proof)");
    if (!keepsTheLedger(user)) {
      if (source != OptOutSource.CLIENT_REQUEST || !user.isIn(Roles.AGENTS)) {
        throw UserFacingException.forbidden(SUPERVISORS_ONLY);
      }
      Long lead = attendedLead(phone, user.id());
      if (lead == null) {
        throw UserFacingException.forbidden(AGENT_OWN_LEAD);
      }
      String who = "Pedido do cliente ao atendente " + user.id() + " no atendimento do lead " + lead + " em "
          + BusinessTime.formatBrazilian(BusinessTime.now());
      proof = proof == null ? who : who + ": " + proof;
    }
    ledger.record(phone, channel, source, proof, user.id());
    return ledger.entries(phone).stream()
        .filter(row -> row.channel() == channel && row.source() == source)
        .map(Row::of).findFirst().orElseThrow();
  }

  @Transactional(readOnly = true)
  public List<Row> entries(String phone, AtendeUser user) {
    if (!keepsTheLedger(user)) {
      throw UserFacingException.forbidden(READERS_ONLY);
    }
    return ledger.entries(requirePhone(phone)).stream().map(Row::of).toList();
  }

  /** The E.164 of a phone typed in any format, or a pt-BR 400 naming the field. */
  public static String requirePhone(String phone) {
    if (phone == null || phone.isBlank()) {
      throw UserFacingException.badRequest("Telefone (phone): informe o número com DDD.");
    }
    return Phones.toE164(phone).orElseThrow(() -> UserFacingException.badRequest(
        "Telefone (phone): \"" + Text.requireMaxLength(phone.trim(), 40, "Telefone (phone)")
            + "\" não é um número brasileiro válido com DDD."));
  }

  /** The agent's lead in progress with this number, if any (the lead table is the truth, not the request). */
  private Long attendedLead(String phone, String agent) {
    return jdbc.query("SELECT id FROM leads WHERE phone = ? AND assignee = ? AND status = 'IN_PROGRESS' ORDER BY id",
        (rs, i) -> rs.getLong(1), phone, agent).stream().findFirst().orElse(null);
  }
}
