package br.com.atende.serviceevent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Seed 004's rules, read from the DMN tables a process owner edits: whether "Agenda" is enabled
 * for an event (premium-agenda-eligibility) and which loss reasons it offers (loss-reasons).
 */
@Component
public class AgendaRules {

  public static final String ELIGIBILITY = "premium-agenda-eligibility";
  public static final String LOSS_REASONS = "loss-reasons";

  public record Eligibility(boolean eligible, String reason) {}

  private final DecisionService decisionService;
  private final LossReasonRepository lossReasons;

  public AgendaRules(DecisionService decisionService, LossReasonRepository lossReasons) {
    this.decisionService = decisionService;
    this.lossReasons = lossReasons;
  }

  public Eligibility agenda(EventType type, ServiceEvent event) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("typeGroup", type.getGroup());
    // The table speaks the manual's words: "Pendente".
    inputs.put("eventStatus", event.getStatus().label());
    inputs.put("hasAppointment", event.getAppointmentAt() != null);
    inputs.put("premium", type.isPremium());
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(ELIGIBILITY).variables(inputs).evaluate()
        .getSingleResult();
    return new Eligibility(result != null && Boolean.TRUE.equals(result.getEntry("eligible")),
        result == null ? null : result.getEntry("reason"));
  }

  /** The reasons offered when losing an event of this type, in the catalogue's order. */
  public List<LossReason> lossReasons(EventType type) {
    // A deactivated reason is no longer offered, nor does it count as crossed with the type.
    List<LossReason> active = lossReasons.findAll().stream().filter(LossReason::isActive).toList();
    boolean crossing = active.stream().anyMatch(reason -> type.getLossReasons().contains(reason.getCode()));
    return active.stream().filter(reason -> {
      Map<String, Object> inputs = new HashMap<>();
      inputs.put("typeHasCrossedReasons", crossing);
      inputs.put("crossedWithType", type.getLossReasons().contains(reason.getCode()));
      inputs.put("department", reason.getDepartment());
      return Boolean.TRUE.equals(decisionService.evaluateDecisionByKey(LOSS_REASONS).variables(inputs).evaluate()
          .getSingleEntry());
    }).toList();
  }
}
