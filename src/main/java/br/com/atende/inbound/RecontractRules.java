package br.com.atende.inbound;

import br.com.atende.common.BusinessTime;
import br.com.atende.invoice.InvoiceService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** DMN recontract-debt, which a process owner edits: whether a contact's sale waives old debt and may carry a discount. */
@Component
class RecontractRules {

  static final String DECISION_KEY = "recontract-debt";

  record Verdict(boolean waiveDebt, LocalDate waiveDueBefore, boolean discountAllowed, String rule) {}

  private final DecisionService decisionService;
  private final InvoiceService invoices;

  RecontractRules(DecisionService decisionService, InvoiceService invoices) {
    this.decisionService = decisionService;
    this.invoices = invoices;
  }

  Verdict of(Intent intent, long clientId, boolean fromDispatchCampaign) {
    LocalDate today = BusinessTime.today();
    List<InvoiceService.InvoiceView> pastDue = invoices.debtsOlderThan(clientId, today);
    int oldestDays = pastDue.isEmpty() ? -1 : (int) ChronoUnit.DAYS.between(pastDue.get(0).dueOn(), today);
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.createVariables().putValue("intent", intent.name())
            .putValue("oldestDebtDays", oldestDays).putValue("fromDispatchCampaign", fromDispatchCampaign))
        .evaluate().getSingleResult();
    Number days = result.getEntry("waiveOlderThanDays");
    return new Verdict(result.getEntry("waiveDebt"), today.minusDays(days.longValue()), result.getEntry("discountAllowed"),
        result.getEntry("rule"));
  }
}
