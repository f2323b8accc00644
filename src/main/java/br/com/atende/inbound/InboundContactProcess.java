package br.com.atende.inbound;

import br.com.atende.common.BpmnId;
import br.com.atende.common.Labelled;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Ids and variables of bpmn/inbound-contact/inbound-contact.bpmn (DESIGN contract, seed 002 "Vendas (receptivo)"). */
public final class InboundContactProcess {

  public static final String KEY = "inbound-contact";

  public enum UserTask implements ProcessContract.Task {
    AttendInbound;

    @Override
    public Set<String> accepts() {
      return INPUTS.stream().map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    RouteContact, Event_NoAnswerInTime, HandToSales, RecordOutcome, EndEvent_Attended, EndEvent_HandedToSales,
    EndEvent_AlreadyWithTeam
  }

  /** What the agent did with the contact (variable inboundOutcome). */
  public enum Outcome implements Labelled {
    SOLD("Vendido"),
    QUOTE_SENT("Orçamento enviado"),
    HANDED_TO_SALES("Passar para a equipe comercial"),
    RESOLVED("Resolvido");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** The table's route (a {@link RouteTo} name), which the timer's gateway reads; set by the routing, never by a completion. */
  public static final ProcessVariable<String> ROUTE_TO = ProcessVariable.of("routeTo", String.class);
  /** ISO 8601 duration the routed person has to answer, set by RouteContact's output parameter in the BPMN. */
  public static final ProcessVariable<String> OWNER_RESPONSE_TIMEOUT = ProcessVariable.of("ownerResponseTimeout", String.class);

  // Copied from the row (and the client's record) for the form and Tasklist's columns.
  public static final ProcessVariable<String> CONTACT_CODE = ProcessVariable.of("contactCode", String.class);
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> CLIENT_PHONE = ProcessVariable.of("clientPhone", String.class);
  public static final ProcessVariable<String> INTENT_LABEL = ProcessVariable.of("intentLabel", String.class);
  public static final ProcessVariable<String> CHANNEL_LABEL = ProcessVariable.of("channelLabel", String.class);
  public static final ProcessVariable<String> MESSAGE = ProcessVariable.of("message", String.class);
  public static final ProcessVariable<String> RULE = ProcessVariable.of("rule", String.class);
  public static final ProcessVariable<String> RULE_EXPLANATION = ProcessVariable.of("ruleExplanation", String.class);
  public static final ProcessVariable<String> ALERTS = ProcessVariable.of("alerts", String.class);
  /** A recontract: the form shows the discount fields (seed 002 item 7). */
  public static final ProcessVariable<Boolean> RECONTRACT = ProcessVariable.of("recontract", Boolean.class);
  /** After a manual inactivation the client's answer is required (seed 002 item 5). */
  public static final ProcessVariable<Boolean> ASK_CLIENT_ANSWER = ProcessVariable.of("askClientAnswer", Boolean.class);

  // What the agent submits on AttendInbound.
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.of("inboundOutcome", String.class);
  /** Pre-filled with the contact's product; with SOLD, what was sold. */
  public static final ProcessVariable<String> PRODUCT = ProcessVariable.of("product", String.class);
  public static final ProcessVariable<String> SALE_DESCRIPTION = ProcessVariable.of("saleDescription", String.class);
  public static final ProcessVariable<String> NOTE = ProcessVariable.of("note", String.class);
  public static final ProcessVariable<String> CLIENT_ANSWER = ProcessVariable.of("clientAnswer", String.class);
  public static final ProcessVariable<Boolean> DISCOUNT = ProcessVariable.of("discount", Boolean.class);
  public static final ProcessVariable<Boolean> FROM_DISPATCH_CAMPAIGN = ProcessVariable.of("fromDispatchCampaign", Boolean.class);

  // Set by the complete listener and the recording delegate.
  public static final ProcessVariable<String> ACTED_BY = ProcessVariable.of("actedBy", String.class);
  /** The recorded outcome (an {@link Outcome} name), which the gateway routes on. */
  public static final ProcessVariable<String> RECORDED_OUTCOME = ProcessVariable.of("recordedOutcome", String.class);

  static final List<ProcessVariable<?>> INPUTS =
      List.of(OUTCOME, PRODUCT, SALE_DESCRIPTION, NOTE, CLIENT_ANSWER, DISCOUNT, FROM_DISPATCH_CAMPAIGN);

  private InboundContactProcess() {}

  /** Cleared once recorded, so a task created again (handed to sales) starts empty. */
  static void clearInputs(VariableScope scope) {
    INPUTS.forEach(variable -> variable.remove(scope));
  }

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
