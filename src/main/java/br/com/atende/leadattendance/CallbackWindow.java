package br.com.atende.leadattendance;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Whether a callback time is allowed: the rule itself is the DMN table callback-window (editable by
 * process owners); this only computes its inputs and turns a "no" into a refusal. The time travels
 * as São Paulo time (DESIGN: callbackAt), but the client asked for a call in their own clock, so
 * the day and hour are evaluated in each time zone of the lead's DDD (Phones.zonesOf) and the
 * stricter wins; how far ahead it is stays counted in São Paulo.
 *
 * <p>The latest deployed version is parsed once and evaluated in memory by a DMN engine of its own:
 * the slot picker asks it for every half hour of several days, which through the decision service
 * would write as many history rows. It needs no engine context, so it also answers outside a
 * command (the API) and whoever asks (an agent completing in Tasklist may not read decisions).
 */
@Component
public class CallbackWindow {

  public static final String DECISION_KEY = "callback-window";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private final RepositoryService repositoryService;
  private final CommandExecutor commands;
  private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** Parsed decisions by definition id: a deployed version never changes. */
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  public CallbackWindow(RepositoryService repositoryService, ProcessEngineConfigurationImpl engine) {
    this.repositoryService = repositoryService;
    this.commands = engine.getCommandExecutorTxRequired();
  }

  /** The latest version of the table, for many evaluations in one go. */
  public Rule rule() {
    return commands.execute(context -> context.runWithoutAuthorization(() -> {
      String id = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedLatestDecisionDefinitionByKey(DECISION_KEY).getId();
      return new Rule(id, parsed.computeIfAbsent(id, this::parse));
    }));
  }

  /** Refuses, in pt-BR, a callback at this São Paulo time to this E.164 phone that the window does not allow. */
  public void check(LocalDateTime callbackAt, String phone) {
    rule().refusal(callbackAt, phone).ifPresent(message -> {
      throw UserFacingException.badRequest(message);
    });
  }

  private DmnDecision parse(String definitionId) {
    try (InputStream model = repositoryService.getDecisionModel(definitionId)) {
      return dmnEngine.parseDecision(DECISION_KEY, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One version of the table. */
  public final class Rule {

    private final String id;
    private final DmnDecision decision;

    private Rule(String id, DmnDecision decision) {
      this.id = id;
      this.decision = decision;
    }

    /** The deployed version's definition id. */
    public String id() {
      return id;
    }

    public boolean allows(LocalDateTime callbackAt, String phone) {
      Instant at = BusinessTime.toInstant(callbackAt);
      return Phones.zonesOf(phone).stream()
          .allMatch(zone -> evaluate(callbackAt, LocalDateTime.ofInstant(at, zone)).isEmpty());
    }

    /** Why the window refuses it, empty when it allows it in every zone of the phone. */
    public Optional<String> refusal(LocalDateTime callbackAt, String phone) {
      Instant at = BusinessTime.toInstant(callbackAt);
      for (ZoneId zone : Phones.zonesOf(phone)) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        Optional<String> refused = evaluate(callbackAt, local);
        if (refused.isPresent()) {
          // Say the client's hour only when it is what refused it (not "in the past" or "too far").
          boolean localHourRefused = !local.equals(callbackAt) && evaluate(callbackAt, callbackAt).isEmpty();
          return localHourRefused
              ? Optional.of("Às " + callbackAt.format(HOUR) + " de Brasília são " + local.format(HOUR)
                  + " no horário do cliente (" + Phones.stateOf(phone).orElse(zone.getId()) + "). " + refused.get())
              : refused;
        }
      }
      return Optional.empty();
    }

    private Optional<String> evaluate(LocalDateTime saoPaulo, LocalDateTime clientClock) {
      long minutesAhead = Duration.between(BusinessTime.now(), BusinessTime.toInstant(saoPaulo)).toMinutes();
      long daysAhead = ChronoUnit.DAYS.between(BusinessTime.today(), saoPaulo.toLocalDate());
      Map<String, Object> inputs = Map.of(
          "minutesAhead", minutesAhead,
          "daysAhead", daysAhead,
          "dayOfWeek", clientClock.getDayOfWeek().name(),
          "localTime", clientClock.toLocalTime());
      DmnDecisionResultEntries result = dmnEngine.evaluateDecision(decision, inputs).getSingleResult();
      if (result != null && Boolean.TRUE.equals(result.getEntry("allowed"))) {
        return Optional.empty();
      }
      String message = result == null ? null : result.getEntry("message");
      return Optional.of(message != null ? message : "Horário de retorno não permitido.");
    }
  }
}
