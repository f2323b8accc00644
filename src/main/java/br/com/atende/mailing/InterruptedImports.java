package br.com.atende.mailing;

import br.com.atende.common.BusinessTime;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An import cut short by a stop or crash of the application would read "0 imported, not finished"
 * forever although its batches were kept. At start-up, imports left IMPORTING by an earlier run
 * are marked INTERRUPTED with the count of leads they really kept.
 */
@Component
public class InterruptedImports {

  private static final Logger LOG = LoggerFactory.getLogger(InterruptedImports.class);
  /** The host running this application: an import it left behind cannot still be running. */
  static final String NODE = hostName();
  /**
   * Another node's import writes its progress with every batch (well under a second); one that has
   * written nothing for this long is dead too.
   */
  static final Duration STALE = Duration.ofMinutes(10);

  private final JdbcTemplate jdbc;

  public InterruptedImports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String note(int kept) {
    return "Importação interrompida: " + kept + " clientes ficaram gravados. Importe o arquivo de novo para "
        + "completar; o que já entrou não se repete.";
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStartUp() {
    markOlderThan(BusinessTime.now());
  }

  /** Marks the imports left behind by runs before {@code runStart}; answers how many. */
  public int markOlderThan(Instant runStart) {
    Instant now = BusinessTime.now();
    var left = jdbc.queryForList("""
        SELECT id FROM mailings WHERE status = ? AND started_at < ?
          AND (node = ? OR node IS NULL OR progress_at IS NULL OR progress_at < ?)""", Long.class,
        MailingImporter.IMPORTING, BusinessTime.toUtcColumn(runStart), NODE,
        BusinessTime.toUtcColumn(now.minus(STALE)));
    for (Long id : left) {
      int kept = jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE mailing_id = ?", Integer.class, id);
      jdbc.update("UPDATE mailings SET status = ?, imported = ?, note = ?, finished_at = ? WHERE id = ? AND status = ?",
          MailingImporter.INTERRUPTED, kept, note(kept), BusinessTime.toUtcColumn(now), id, MailingImporter.IMPORTING);
      LOG.warn("Mailing {} was left importing by an earlier run: marked interrupted, {} leads kept", id, kept);
    }
    return left.size();
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
