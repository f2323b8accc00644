package br.com.atende.mailing;

import br.com.atende.campaign.LeadQueue;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.CampaignStatus;
import br.com.atende.campaign.Store;
import br.com.atende.common.BatchInsert;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.ClientPrepared;
import br.com.atende.common.Uploads;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import org.springframework.web.multipart.MultipartFile;
import br.com.atende.lead.LeadStatus;
import br.com.atende.mailing.LeadRowValidator.Invalid;
import br.com.atende.mailing.LeadRowValidator.NewLead;
import br.com.atende.mailing.LeadRowValidator.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a mailing at database speed: rows are validated, de-duplicated by phone within the
 * campaign and written with batched inserts, each batch committed with its queue entries, so a
 * crash keeps what was done and importing the same file again adds only what is missing. No
 * process instance is started: a lead becomes one when an agent first pulls it.
 */
@Service
public class MailingImporter {

  private static final Logger LOG = LoggerFactory.getLogger(MailingImporter.class);
  /** Listing every bad line of a hopeless million-line file helps nobody; the count says the rest. */
  static final int MAX_LISTED_REJECTIONS = 1000;
  static final String IMPORTING = "IMPORTING";
  static final String FINISHED = "FINISHED";
  static final String STOPPED = "STOPPED";
  static final String INTERRUPTED = "INTERRUPTED";

  private static final String INSERT_LEAD = """
      INSERT INTO leads (campaign_code, store_code, mailing_id, mailing_line, name, phone, phone2, address, city, uf,
        cpf_cnpj, email, status, attempts, no_answer_attempts, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final CampaignRepository campaigns;
  private final LeadQueue queue;
  private final int batchSize;
  private final int progressEvery;

  public MailingImporter(JdbcTemplate jdbc, TransactionTemplate transactions, CampaignRepository campaigns,
      LeadQueue queue, @Value("${atende.mailing.batch-size:1000}") int batchSize,
      @Value("${atende.mailing.progress-every:10000}") int progressEvery) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.campaigns = campaigns;
    this.queue = queue;
    this.batchSize = batchSize;
    this.progressEvery = progressEvery;
  }

  public record Rejection(int line, String message) {}

  /** stoppedAtLine: where reading stopped before the end of the file (status STOPPED), else null. */
  public record Result(long mailingId, String status, int imported, List<Rejection> rejected, int rejectedCount,
      int duplicates, Integer stoppedAtLine) {}

  /** One import as the campaign's list shows it; times in São Paulo ("2026-11-30T10:00"). */
  public record Mailing(long id, String fileName, String status, String statusLabel, int imported, int rejected,
      int duplicates, Integer stoppedAtLine, String note, String importedBy, String startedAt, String finishedAt) {}

  static final String MANAGERS_ONLY = "Somente supervisores, BI/processos ou administradores incluem clientes.";

  public List<Mailing> mailings(String campaignCode, AtendeUser user) {
    user.requireManager(MANAGERS_ONLY);
    return mailings(campaignCode);
  }

  /** An uploaded mailing (CSV or XLSX), for a manager. */
  public Result importUpload(String campaignCode, MultipartFile file, AtendeUser user) throws IOException {
    user.requireManager(MANAGERS_ONLY);
    return Uploads.read(file, "mailing-", copy -> importFile(campaignCode, copy, file.getOriginalFilename(), user.id()));
  }

  /** One client linked by a manager. */
  public long importOne(String campaignCode, MailingRow row, AtendeUser user) {
    return importOne(campaignCode, row, user.requireManager(MANAGERS_ONLY).id());
  }

  public List<Mailing> mailings(String campaignCode) {
    if (!campaigns.existsById(campaignCode)) {
      throw UserFacingException.notFound("Campanha " + campaignCode + " não encontrada.");
    }
    return jdbc.query("""
        SELECT id, file_name, status, imported, rejected, duplicates, stopped_at_line, note, imported_by, started_at,
          finished_at FROM mailings WHERE campaign_code = ? ORDER BY id DESC""",
        (rs, i) -> new Mailing(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
            statusLabel(rs.getString("status")), rs.getInt("imported"), rs.getInt("rejected"), rs.getInt("duplicates"),
            rs.getObject("stopped_at_line", Integer.class), rs.getString("note"), rs.getString("imported_by"),
            local(rs.getObject("started_at", LocalDateTime.class)), local(rs.getObject("finished_at", LocalDateTime.class))),
        campaignCode);
  }

  private static String statusLabel(String status) {
    return switch (status) {
      case IMPORTING -> "Importando";
      case FINISHED -> "Concluída";
      case STOPPED -> "Parou antes do fim do arquivo";
      case INTERRUPTED -> "Interrompida";
      default -> status;
    };
  }

  private static String local(LocalDateTime utc) {
    return utc == null ? null : BusinessTime.formatLocalMinutes(utc.toInstant(ZoneOffset.UTC));
  }

  public Result importFile(String campaignCode, Path file, String fileName, String userId) {
    return importRows(campaignCode, fileName, userId, run -> {
      try {
        return MailingReader.read(file, run::accept);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private Result importRows(String campaignCode, String fileName, String userId,
      Function<Run, MailingReader.Stop> rows) {
    Campaign campaign = campaigns.findById(campaignCode)
        .orElseThrow(() -> UserFacingException.notFound("Campanha " + campaignCode + " não encontrada."));
    if (campaign.getStatus() == CampaignStatus.CLOSED) {
      throw UserFacingException.conflict("A campanha " + campaign.getName() + " está encerrada.");
    }
    Set<String> stores = campaign.getStores().stream().map(Store::getCode).collect(Collectors.toSet());
    Run run = new Run(campaignCode, startMailing(campaignCode, fileName, userId), new LeadRowValidator(stores));
    MailingReader.Stop stop;
    try {
      stop = rows.apply(run);
      run.finish();
    } catch (RuntimeException e) {
      run.abandon(e);
      throw e;
    } finally {
      run.close();
    }
    String status = FINISHED;
    if (stop != null) {
      status = STOPPED;
      run.reject(stop.line(), stop.message());
    }
    jdbc.update("""
        UPDATE mailings SET status = ?, imported = ?, rejected = ?, duplicates = ?, stopped_at_line = ?, note = ?,
          finished_at = ?, progress_at = ? WHERE id = ?""",
        status, run.imported, run.rejectedCount, run.duplicates(), stop == null ? null : stop.line(),
        stop == null ? null : "Linha " + stop.line() + ": " + stop.message(), now(), now(), run.mailingId);
    LOG.info("Mailing {} ({}) of campaign {}: {}, {} imported, {} rejected, {} duplicates", run.mailingId, fileName,
        campaignCode, status, run.imported, run.rejectedCount, run.duplicates());
    return new Result(run.mailingId, status, run.imported, run.rejected, run.rejectedCount, run.duplicates(),
        stop == null ? null : stop.line());
  }

  /**
   * Links one client to a running campaign by hand (seed 001 "Vinculação de Cliente"), with the same
   * checks as a mailing row; returns the new lead's id.
   */
  public long importOne(String campaignCode, MailingRow row, String userId) {
    Result result = importRows(campaignCode, "manual", userId, run -> {
      run.accept(row);
      return null;
    });
    if (result.rejectedCount() > 0) {
      throw UserFacingException.badRequest(result.rejected().get(0).message());
    }
    if (result.duplicates() > 0) {
      throw UserFacingException.conflict("Este telefone já está na campanha.");
    }
    return jdbc.queryForObject("SELECT MAX(id) FROM leads WHERE mailing_id = ?", Long.class, result.mailingId());
  }

  private long startMailing(String campaignCode, String fileName, String userId) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO mailings (campaign_code, file_name, imported, rejected, duplicates, imported_by, started_at,
            status, node, progress_at)
          VALUES (?, ?, 0, 0, 0, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
      insert.setString(1, campaignCode);
      insert.setString(2, fileName == null || fileName.length() <= 255 ? fileName : fileName.substring(0, 255));
      insert.setString(3, userId);
      insert.setObject(4, now());
      insert.setString(5, IMPORTING);
      insert.setString(6, InterruptedImports.NODE);
      insert.setObject(7, now());
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  private static LocalDateTime now() {
    return BusinessTime.toUtcColumn(BusinessTime.now());
  }

  /**
   * One import in progress. The calling thread reads and validates the rows while a writer thread
   * writes the batch before (the file's reading and the database's work overlap). One batch is
   * written while the next is filled, never more, so memory stays flat; batches are written one
   * after the other, in file order, each committed with its queue entries.
   */
  private final class Run {
    final String campaignCode;
    final long mailingId;
    final LeadRowValidator validator;
    /** Phones of the batch being filled; earlier batches are written first, so the database check covers them. */
    final Set<String> phonesInBatch = new HashSet<>();
    List<NewLead> batch = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    int rejectedCount;
    int duplicatesInBatches;
    /** Started with the first full batch, so a one-row import stays on the caller's thread. */
    ExecutorService writer;
    Future<?> writing;
    /** Written by the batch writes; read by the caller only after awaiting them. */
    int imported;
    int duplicatesInDatabase;
    int batchesWritten;

    Run(String campaignCode, long mailingId, LeadRowValidator validator) {
      this.campaignCode = campaignCode;
      this.mailingId = mailingId;
      this.validator = validator;
    }

    void accept(MailingRow row) {
      LeadRowValidator.Result result = validator.check(row);
      if (result instanceof Valid valid) {
        if (phonesInBatch.add(valid.lead().phone())) {
          batch.add(valid.lead());
          if (batch.size() >= batchSize) {
            handOff();
          }
        } else {
          duplicatesInBatches++;
        }
      } else if (result instanceof Invalid invalid) {
        reject(invalid.line(), invalid.message());
      }
    }

    void reject(int line, String message) {
      rejectedCount++;
      if (rejected.size() < MAX_LISTED_REJECTIONS) {
        rejected.add(new Rejection(line, message));
      }
    }

    int duplicates() {
      return duplicatesInBatches + duplicatesInDatabase;
    }

    /** Gives the full batch to the writer once the one before is written, and starts filling the next. */
    private void handOff() {
      awaitWriting();
      if (writer == null) {
        writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "mailing-" + mailingId + "-writer"));
      }
      List<NewLead> full = batch;
      int rejectedSoFar = rejectedCount;
      int duplicatesSoFar = duplicatesInBatches;
      writing = writer.submit(() -> write(full, rejectedSoFar, duplicatesSoFar));
      batch = new ArrayList<>(batchSize);
      phonesInBatch.clear();
    }

    /** Writes the last batch, after the one before it. */
    void finish() {
      awaitWriting();
      write(batch, rejectedCount, duplicatesInBatches);
      batch = new ArrayList<>();
    }

    /** Waits for the batch being written; its failure is the import's. */
    private void awaitWriting() {
      if (writing == null) {
        return;
      }
      try {
        writing.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Importação interrompida.", e);
      } finally {
        writing = null;
      }
    }

    void close() {
      if (writer != null) {
        writer.shutdownNow();
      }
    }

    /**
     * The import failed half-way. With nothing kept, the mailing row goes too (nothing
     * half-stored); otherwise it says how far it got, as a restart would (InterruptedImports).
     */
    void abandon(RuntimeException error) {
      try {
        awaitWriting();
      } catch (RuntimeException writeFailure) {
        if (writeFailure != error) {
          error.addSuppressed(writeFailure);
        }
      }
      try {
        if (imported == 0 && batchesWritten == 0) {
          jdbc.update("DELETE FROM mailings WHERE id = ?", mailingId);
        } else {
          jdbc.update("UPDATE mailings SET status = ?, note = ?, finished_at = ? WHERE id = ?", INTERRUPTED,
              InterruptedImports.note(imported), now(), mailingId);
        }
      } catch (RuntimeException cleanup) {
        error.addSuppressed(cleanup);
      }
    }

    /**
     * Writes a batch (minus phones the campaign already has), queues it and records the progress,
     * in one transaction: the mailing row always says what is really kept.
     */
    private void write(List<NewLead> leads, int rejectedSoFar, int duplicatesSoFar) {
      if (leads.isEmpty()) {
        return;
      }
      int[] kept = transactions.execute(status -> {
        Set<String> existing = existingPhones(leads.stream().map(NewLead::phone).toList());
        List<NewLead> fresh = existing.isEmpty() ? leads
            : leads.stream().filter(lead -> !existing.contains(lead.phone())).toList();
        List<Long> ids = insert(fresh);
        if (!ids.isEmpty()) {
          queue.enqueueImported(mailingId, ids.get(0), ids.get(ids.size() - 1));
        }
        jdbc.update("UPDATE mailings SET imported = ?, rejected = ?, duplicates = ?, progress_at = ? WHERE id = ?",
            imported + fresh.size(), rejectedSoFar, duplicatesSoFar + duplicatesInDatabase + existing.size(), now(),
            mailingId);
        return new int[] {fresh.size(), existing.size()};
      });
      // Counted once committed: a failed transaction kept nothing.
      imported += kept[0];
      duplicatesInDatabase += kept[1];
      batchesWritten++;
      if (batchesWritten % Math.max(1, progressEvery / batchSize) == 0) {
        LOG.info("Mailing {} of campaign {}: {} imported, {} rejected, {} duplicates so far", mailingId, campaignCode,
            imported, rejectedSoFar, duplicatesSoFar + duplicatesInDatabase);
      }
    }

    /** Batched insert; answers the new ids in file order (the queue takes exactly that range). */
    private List<Long> insert(List<NewLead> fresh) {
      LocalDateTime now = now();
      return BatchInsert.ids(jdbc, INSERT_LEAD, fresh, (insert, lead) -> {
        insert.setString(1, campaignCode);
        insert.setString(2, lead.storeCode());
        insert.setLong(3, mailingId);
        insert.setInt(4, lead.line());
        insert.setString(5, lead.name());
        insert.setString(6, lead.phone());
        insert.setString(7, lead.phone2());
        insert.setString(8, lead.address());
        insert.setString(9, lead.city());
        insert.setString(10, lead.uf());
        insert.setString(11, lead.cpfCnpj());
        insert.setString(12, lead.email());
        insert.setString(13, LeadStatus.NEW.name());
        insert.setObject(14, now);
        insert.setObject(15, now);
      });
    }

    /**
     * Phones of the batch the campaign already has. Looked up by phone only (index
     * ix_leads_phone_campaign, which holds the campaign too) and the campaign compared here: with
     * both in SQL, H2 scans the campaign's leads per batch. Its thousand parameters are bound on the
     * client (ClientPrepared).
     */
    private Set<String> existingPhones(List<String> phones) {
      String sql = "SELECT phone, campaign_code FROM leads WHERE phone IN ("
          + String.join(",", Collections.nCopies(phones.size(), "?")) + ")";
      Set<String> existing = new HashSet<>();
      jdbc.query(connection -> {
        PreparedStatement lookup = ClientPrepared.prepare(connection, sql, Statement.NO_GENERATED_KEYS);
        for (int i = 0; i < phones.size(); i++) {
          lookup.setString(i + 1, phones.get(i));
        }
        return lookup;
      }, rs -> {
        if (campaignCode.equals(rs.getString("campaign_code"))) {
          existing.add(rs.getString("phone"));
        }
      });
      return existing;
    }
  }
}
