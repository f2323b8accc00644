package br.com.atende.optout;

import br.com.atende.common.BatchInsert;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.Uploads;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a Não Me Perturbe or Não Me Ligue list at database speed: the CSV is streamed, each
 * number checked and written with batched inserts that skip what the ledger already has for that
 * channel and source. The whole file is one transaction: a file that cannot be read to its end (a
 * quote never closed) is a 400 and leaves nothing behind, so a list is never half in the ledger.
 * One {@link OptOutsImported} for the rows written, inside that transaction, so the queues take the
 * numbers out together with them.
 */
@Service
public class OptOutImporter {

  private static final Logger LOG = LoggerFactory.getLogger(OptOutImporter.class);
  static final String PHONE_COLUMN = "telefone";
  /** Listing every bad line of a hopeless file helps nobody; the count says the rest. */
  static final int MAX_LISTED_INVALID = 1000;
  private static final String INSERT = """
      INSERT INTO opt_outs (phone, channel, source, proof, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final int batchSize;

  public OptOutImporter(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
      @Value("${atende.mailing.batch-size:1000}") int batchSize) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.events = events;
    this.batchSize = batchSize;
  }

  public record Invalid(int line, String message) {}

  /** What the file held; {@code message} says it in pt-BR. firstId/lastId are null when nothing was new. */
  public record Result(String source, String channel, int read, int recorded, int alreadyThere, int invalid,
      List<Invalid> invalidLines, Long firstId, Long lastId, String message) {}

  /**
   * The channel a list covers. São Paulo's Não Me Ligue (Lei 13.226/2008) covers calls, SMS and, since
   * 2021, WhatsApp too (the text): ALL. Não Me Perturbe is the operators' list of telemarketing
   * calls (SART code; the issue names no other channel for it): VOICE. Atende sends no SMS, and one
   * row per number keeps a list of millions one row per number.
   */
  static OptOutChannel channelOf(OptOutSource list) {
    return switch (list) {
      case NAO_ME_LIGUE -> OptOutChannel.ALL;
      case NAO_ME_PERTURBE -> OptOutChannel.VOICE;
      default -> throw UserFacingException.badRequest("Lista (source): importe NAO_ME_PERTURBE ou NAO_ME_LIGUE; "
          + "o pedido do cliente e o da LGPD se registram um a um.");
    };
  }

  public Result importUpload(MultipartFile file, String source, AtendeUser user) throws IOException {
    if (!OptOutService.keepsTheLedger(user)) {
      throw UserFacingException.forbidden(OptOutService.SUPERVISORS_ONLY);
    }
    OptOutSource list = Codes.require(OptOutSource.class, source, "Lista (source)");
    OptOutChannel channel = channelOf(list);
    return Uploads.read(file, "opt-outs-", copy -> importFile(copy, list, channel, "Lista " + list.label()
        + ", arquivo " + Text.requireMaxLength(Objects.requireNonNullElse(file.getOriginalFilename(), "sem nome"), 255,
        "Nome do arquivo") + ", importada em "
        + BusinessTime.formatBrazilian(BusinessTime.now()) + " por " + user.id(), user.id()));
  }

  Result importFile(Path file, OptOutSource list, OptOutChannel channel, String proof, String userId) {
    long started = System.nanoTime();
    Run run = new Run(list, channel, proof, userId);
    try {
      transactions.executeWithoutResult(status -> {
        read(file, run);
        run.flush();
        if (run.firstId != null) {
          events.publishEvent(new OptOutsImported(run.firstId, run.lastId));
        }
      });
    } catch (DuplicateKeyException e) {
      throw UserFacingException.conflict("Outra importação ou registro gravou os mesmos números ao mesmo tempo: "
          + "nada desta importação foi gravado; importe o arquivo de novo.");
    }
    long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
    LOG.info("Opt-out list {} by {}: {} rows read, {} recorded, {} already there, {} invalid in {} ms ({} rows/s)",
        list, userId, run.read, run.recorded, run.alreadyThere, run.invalidCount, millis, run.read * 1000L / millis);
    String message = "Lidas " + run.read + " linhas da lista " + list.label() + ": " + run.recorded
        + " números registrados, " + run.alreadyThere + " já estavam no registro, " + run.invalidCount + " inválidos.";
    return new Result(list.name(), channel.name(), run.read, run.recorded, run.alreadyThere, run.invalidCount,
        run.invalidLines, run.firstId, run.lastId, message);
  }

  /** Streams the rows to the run; refuses (400) a file without the column or that breaks off half-way. */
  private void read(Path file, Run run) {
    try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setDelimiter(delimiter(file)).get())) {
      Iterator<CSVRecord> records = parser.iterator();
      int column = -1;
      int line = 0;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw UserFacingException.badRequest("Linha " + (line + 1) + ": aspas sem fechamento; a lista não foi "
              + "importada (nenhum número gravado). Corrija o arquivo e importe-o de novo.");
        }
        line = (int) parser.getCurrentLineNumber();
        if (column < 0) {
          column = record.toList().stream().map(cell -> Text.key(cell.replace("\uFEFF", ""))).toList()
              .indexOf(PHONE_COLUMN);
          if (column < 0) {
            throw UserFacingException.badRequest("O arquivo precisa da coluna telefone na primeira linha.");
          }
          continue;
        }
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        run.accept(line, column < record.size() ? record.get(column) : null);
      }
      if (column < 0) {
        throw UserFacingException.badRequest("O arquivo está vazio.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ";" when the header has more of them than commas (Excel's Brazilian CSV), else ",". */
  private static char delimiter(Path file) throws IOException {
    String first = Uploads.headerLine(file, StandardCharsets.ISO_8859_1);
    return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
  }

  /** One import: the batch being filled and the counts. */
  private final class Run {
    final OptOutSource source;
    final OptOutChannel channel;
    final String proof;
    final String userId;
    final LocalDateTime at = BusinessTime.toUtcColumn(BusinessTime.now());
    /** A number twice in the file counts as already there; earlier batches are in the ledger already. */
    final Set<String> batch = new LinkedHashSet<>();
    final List<Invalid> invalidLines = new ArrayList<>();
    int read;
    int recorded;
    int alreadyThere;
    int invalidCount;
    Long firstId;
    Long lastId;

    Run(OptOutSource source, OptOutChannel channel, String proof, String userId) {
      this.source = source;
      this.channel = channel;
      this.proof = proof;
      this.userId = userId;
    }

    void accept(int line, String raw) {
      read++;
      String phone = Phones.toE164(raw).orElse(null);
      if (phone == null) {
        invalidCount++;
        if (invalidLines.size() < MAX_LISTED_INVALID) {
          String text = raw == null ? "" : raw.trim();
          String shown = text.isEmpty() ? "vazio" : "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
          invalidLines.add(new Invalid(line, "Telefone inválido (" + shown + "): informe o número com DDD."));
        }
        return;
      }
      if (!batch.add(phone)) {
        alreadyThere++;
        return;
      }
      if (batch.size() >= batchSize) {
        flush();
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      Set<String> known = known(batch);
      List<String> fresh = batch.stream().filter(phone -> !known.contains(phone)).toList();
      alreadyThere += batch.size() - fresh.size();
      List<Long> ids = insert(fresh);
      if (!ids.isEmpty()) {
        firstId = firstId == null ? ids.get(0) : firstId;
        lastId = ids.get(ids.size() - 1);
      }
      recorded += fresh.size();
      batch.clear();
    }

    /** The batch's numbers the ledger has for this channel and source (index uk_opt_outs_phone_channel_source). */
    private Set<String> known(Set<String> phones) {
      List<Object> args = new ArrayList<>(phones);
      args.add(channel.name());
      args.add(source.name());
      return new HashSet<>(jdbc.queryForList("SELECT phone FROM opt_outs WHERE phone IN ("
          + String.join(",", Collections.nCopies(phones.size(), "?")) + ") AND channel = ? AND source = ?",
          String.class, args.toArray()));
    }

    /** Batched insert; answers the new ids in ascending order. */
    private List<Long> insert(List<String> fresh) {
      return BatchInsert.ids(jdbc, INSERT, fresh, (insert, phone) -> {
        insert.setString(1, phone);
        insert.setString(2, channel.name());
        insert.setString(3, source.name());
        insert.setString(4, proof);
        insert.setString(5, userId);
        insert.setObject(6, at);
      });
    }
  }
}
