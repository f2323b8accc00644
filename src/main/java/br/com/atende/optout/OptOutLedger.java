package br.com.atende.optout;

import br.com.atende.common.BusinessTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The opt-out ledger: whether a number may be reached on a channel, and the record of who asked. */
@Service
public class OptOutLedger {

  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  public OptOutLedger(JdbcTemplate jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Whether an E.164 number opted out of the channel (or of all channels). */
  public boolean blocks(String phone, OptOutChannel channel) {
    if (phone == null) {
      return false;
    }
    Integer rows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM opt_outs WHERE phone = ? AND channel IN (?, 'ALL')", Integer.class,
        phone, channel.name());
    return rows != null && rows > 0;
  }

  /** Which of these E.164 numbers opted out of the channel (or of all channels). */
  public List<String> blocked(Collection<String> phones, OptOutChannel channel) {
    List<String> present = phones.stream().filter(phone -> phone != null).distinct().toList();
    if (present.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", present.stream().map(phone -> "?").toList());
    Object[] args = new Object[present.size() + 1];
    args[0] = channel.name();
    for (int i = 0; i < present.size(); i++) {
      args[i + 1] = present.get(i);
    }
    return jdbc.queryForList(
        "SELECT DISTINCT phone FROM opt_outs WHERE channel IN (?, 'ALL') AND phone IN (" + marks + ")",
        String.class, args);
  }

  /** One row of the ledger, as the evidence and the opt-out API show it. */
  public record OptOut(long id, String phone, OptOutChannel channel, OptOutSource source, String proof,
      String recordedBy, Instant recordedAt) {

    /** "Não Me Ligue (SP), Todos os canais, em 01/12/2026 10:00": why a message was not sent. */
    public String describe() {
      return source.label() + ", " + channel.label() + ", em " + BusinessTime.formatBrazilian(recordedAt);
    }
  }

  /** The number's rows, oldest first. */
  public List<OptOut> entries(String phone) {
    return jdbc.query("""
        SELECT id, phone, channel, source, proof, recorded_by, recorded_at FROM opt_outs WHERE phone = ?
        ORDER BY recorded_at, id""", OptOutLedger::optOut, phone);
  }

  /** The oldest row that keeps the number off the channel (its own or ALL), if any. */
  public Optional<OptOut> blocking(String phone, OptOutChannel channel) {
    if (phone == null) {
      return Optional.empty();
    }
    return jdbc.query("""
        SELECT id, phone, channel, source, proof, recorded_by, recorded_at FROM opt_outs
        WHERE phone = ? AND channel IN (?, 'ALL') ORDER BY recorded_at, id""", OptOutLedger::optOut,
        phone, channel.name()).stream().findFirst();
  }

  private static OptOut optOut(ResultSet rs, int row) throws SQLException {
    return new OptOut(rs.getLong("id"), rs.getString("phone"), OptOutChannel.valueOf(rs.getString("channel")),
        OptOutSource.valueOf(rs.getString("source")), rs.getString("proof"), rs.getString("recorded_by"),
        rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
  }

  /** Records that an E.164 number opted out; recording the same number, channel and source again keeps the first. */
  @Transactional
  public void record(String phone, OptOutChannel channel, OptOutSource source, String proof, String recordedBy) {
    Integer known = jdbc.queryForObject(
        "SELECT COUNT(*) FROM opt_outs WHERE phone = ? AND channel = ? AND source = ?", Integer.class,
        phone, channel.name(), source.name());
    if (known == null || known == 0) {
      jdbc.update("""
          INSERT INTO opt_outs (phone, channel, source, proof, recorded_by, recorded_at)
          VALUES (?, ?, ?, ?, ?, ?)""",
          phone, channel.name(), source.name(), proof, recordedBy, BusinessTime.toUtcColumn(BusinessTime.now()));
    }
    events.publishEvent(new OptedOut(phone, channel));
  }
}
