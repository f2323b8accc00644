package br.com.atende.inbound;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** DMN inbound-routing, which a process owner edits: to whom a contact goes, and the row that decided. */
@Component
class InboundRouting {

  static final String DECISION_KEY = "inbound-routing";
  /** daysSinceInactivation when the client is not inactive (the table's rows ask for a kind first). */
  static final long NO_INACTIVATION = -1;

  /**
   * What the table reads about the client when the contact arrives.
   *
   * @param ownerAvailability of whoever holds the client: the valid follow-up's owner, or who
   *     inactivated it by hand for a recontract; AVAILABLE when nobody does
   * @param inactivationKind MANUAL, AUTOMATIC, or NONE
   */
  record Facts(String intent, boolean hasValidSaleFollowUp, String ownerAvailability, boolean hasNoContactFollowUp,
      String inactivationKind, long daysSinceInactivation) {}

  record Decision(RouteTo routeTo, String group, String rule, String explanation) {}

  private final DecisionService decisionService;

  InboundRouting(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  Decision decide(Facts facts) {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables().putValue("intent", facts.intent())
            .putValue("hasValidSaleFollowUp", facts.hasValidSaleFollowUp())
            .putValue("ownerAvailability", facts.ownerAvailability())
            .putValue("hasNoContactFollowUp", facts.hasNoContactFollowUp())
            .putValue("inactivationKind", facts.inactivationKind())
            .putValue("daysSinceInactivation", facts.daysSinceInactivation()))
        .evaluate().getSingleResult();
    if (result == null) {
      throw new IllegalStateException("DMN " + DECISION_KEY + " has no row for " + facts);
    }
    return new Decision(RouteTo.valueOf(result.getEntry("routeTo")), result.getEntry("group"), result.getEntry("rule"),
        result.getEntry("explanation"));
  }
}
