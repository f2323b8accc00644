package br.com.atende.sale;

import br.com.atende.availability.AvailabilityStatus;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** DMN commission-attribution, which a process owner edits: whose commission a sale is. */
@Component
class CommissionRules {

  static final String DECISION_KEY = "commission-attribution";

  record Attribution(CommissionTo to, String rule) {}

  private final DecisionService decisionService;

  CommissionRules(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  Attribution attribute(boolean otherOwnerFollowUp, AvailabilityStatus ownerAvailability) {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables().putValue("otherOwnerFollowUp", otherOwnerFollowUp)
            .putValue("ownerAvailability", ownerAvailability.name()))
        .evaluate().getSingleResult();
    return new Attribution(CommissionTo.valueOf(result.getEntry("commissionTo")), result.getEntry("rule"));
  }
}
