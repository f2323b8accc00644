package br.com.atende.contactpolicy;

import br.com.atende.engine.DecisionsDeployed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The SART rules as the process owners deployed them: DMN contact-hours (every matching row applies,
 * so the calling window is their intersection) and contact-caps (the smallest limit). Results are
 * cached per deployed definition id, so a pull evaluates no FEEL once the day's inputs were seen.
 * Which versions are the latest is kept too, so a pull does not query the repository: a deployment
 * on this node is read at the next pull, one on another node within {@link #FRESH_FOR}.
 */
@Component
public class ContactRules {

  static final String HOURS = "contact-hours";
  static final String CAPS = "contact-caps";

  private final RepositoryService repositoryService;
  private final DecisionService decisionService;
  private final Map<String, Optional<Window>> windows = new ConcurrentHashMap<>();
  private final Map<String, Integer> caps = new ConcurrentHashMap<>();
  /** How long another node's redeploy may take to reach this one's pulls. */
  static final Duration FRESH_FOR = Duration.ofSeconds(10);
  private volatile Latest latest;

  private record Latest(Deployed deployed, long readAtNanos) {}

  public ContactRules(RepositoryService repositoryService, DecisionService decisionService) {
    this.repositoryService = repositoryService;
    this.decisionService = decisionService;
  }

  /** A day's calling window on the lead's clock: opensAt ≤ t < closesAt. */
  public record Window(LocalTime opensAt, LocalTime closesAt) {
    boolean contains(LocalTime time) {
      return !time.isBefore(opensAt) && time.isBefore(closesAt);
    }
  }

  /** A contact-hours table: the calling window of a local day in a state; empty: no calls that day. */
  interface HoursTable {
    Optional<Window> window(String state, LocalDate day, boolean holiday);
  }

  /** The deployed versions one pull decides with. */
  public final class Deployed implements HoursTable {
    private final DecisionDefinition hours;
    private final DecisionDefinition caps;

    private Deployed(DecisionDefinition hours, DecisionDefinition caps) {
      this.hours = hours;
      this.caps = caps;
    }

    /** "SART contact-hours v2, contact-caps v1": kept with the call as its evidence. */
    public String allowedBy() {
      return "SART " + HOURS + " v" + hours.getVersion() + ", " + CAPS + " v" + caps.getVersion();
    }

    @Override
    public Optional<Window> window(String state, LocalDate day, boolean holiday) {
      return windows.computeIfAbsent(hours.getId() + "|" + state + "|" + day.getDayOfWeek() + "|" + holiday,
          key -> intersect(decisionService.evaluateDecisionById(hours.getId())
              .variables(Map.of("state", state, "dayOfWeek", day.getDayOfWeek().name(), "holiday", holiday))
              .evaluate().getResultList()));
    }

    /** Calls a number of that state may get per local day. */
    public int maxCallsPerDay(String state) {
      return ContactRules.this.caps.computeIfAbsent(caps.getId() + "|" + state, key -> {
        DmnDecisionResult result = decisionService.evaluateDecisionById(caps.getId())
            .variables(Map.of("state", state)).evaluate();
        Object max = result.isEmpty() ? null : result.getSingleEntry();
        // No row for the state: no limit is known, so no unsolicited call.
        return max instanceof Number number ? number.intValue() : 0;
      });
    }
  }

  public Deployed deployed() {
    Latest known = latest;
    long now = System.nanoTime();
    if (known == null || now - known.readAtNanos() > FRESH_FOR.toNanos()) {
      known = new Latest(new Deployed(latest(HOURS), latest(CAPS)), now);
      latest = known;
    }
    return known.deployed();
  }

  @EventListener(DecisionsDeployed.class)
  void readTheLatestVersionsAgain() {
    latest = null;
  }

  private DecisionDefinition latest(String key) {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
  }

  /** Every matching row must allow the time: a row without hours, or no row at all, closes the day. */
  static Optional<Window> intersect(List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    LocalTime opens = LocalTime.MIN;
    LocalTime closes = LocalTime.MAX;
    for (Map<String, Object> row : rows) {
      Object rowOpens = row.get("opensAt");
      Object rowCloses = row.get("closesAt");
      if (rowOpens == null || rowCloses == null) {
        return Optional.empty();
      }
      LocalTime rowOpensAt = LocalTime.parse(rowOpens.toString());
      LocalTime rowClosesAt = LocalTime.parse(rowCloses.toString());
      opens = rowOpensAt.isAfter(opens) ? rowOpensAt : opens;
      closes = rowClosesAt.isBefore(closes) ? rowClosesAt : closes;
    }
    return opens.isBefore(closes) ? Optional.of(new Window(opens, closes)) : Optional.empty();
  }
}
