package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import static br.com.atende.leadattendance.LeadAttendanceProcess.*;

import br.com.atende.common.BusinessTime;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadAttempt;
import br.com.atende.lead.LeadAttemptRepository;
import br.com.atende.lead.LeadRepository;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutSource;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * RecordAttempt: stores the attempt in the lead's history and hands the policy its inputs. A refusal
 * because the client wants no more calls also goes to the opt-out ledger (LGPD: the request is
 * honoured by every campaign from now on, and its proof is this attempt).
 */
@Component
public class RecordAttemptDelegate implements JavaDelegate {

  static final String CALLBACK_RULE = "CALLBACK";

  private final LeadRepository leads;
  private final LeadAttemptRepository attempts;
  private final OptOutLedger optOuts;

  public RecordAttemptDelegate(LeadRepository leads, LeadAttemptRepository attempts, OptOutLedger optOuts) {
    this.leads = leads;
    this.attempts = attempts;
    this.optOuts = optOuts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AttendanceCompletion completion = AttendanceCompletion.from(execution);
    Outcome outcome = completion.outcome();
    Lead lead = leads.findById(leadId(execution)).orElseThrow();
    lead.recordAttempt(outcome.name(), outcome == Outcome.NO_ANSWER);
    if (outcome == Outcome.CONTRACTED) {
      lead.setSaleDescription(completion.saleDescription());
      SALE_SITUATION.set(execution, completion.saleSituation());
    }
    Instant callbackAt = completion.callbackAt().map(BusinessTime::toInstant).orElse(null);
    String agent = ATTEMPT_AGENT.from(execution);
    Instant finishedAt = BusinessTime.now();
    attempts.save(new LeadAttempt(lead.getId(), lead.getAttempts(), agent,
        ATTEMPT_TASK.from(execution), lead.getWorkedStoreCode(), completion.actionType(), outcome.name(),
        completion.reason(), completion.observation(), callbackAt,
        completion.saleDescription(), completion.conversation(), finishedAt).allowedBy(allowedBy(execution, lead)));
    if (outcome == Outcome.REFUSED && Outcome.NO_MORE_CALLS_REASON.equals(completion.reason())) {
      String proof = "Recusa \"" + outcome.reasons().get(Outcome.NO_MORE_CALLS_REASON) + "\" na tentativa "
          + lead.getAttempts() + " do lead " + lead.getId() + " (campanha " + lead.getCampaignCode() + "), atendente "
          + agent + ", em " + BusinessTime.formatBrazilian(finishedAt) + ". Observações: " + completion.observation();
      // The observation may fill its 4,000 characters alone; the ledger's proof holds as many.
      optOuts.record(lead.getPhone(), OptOutChannel.VOICE, OptOutSource.CLIENT_REQUEST,
          proof.codePointCount(0, proof.length()) <= 4000 ? proof : proof.substring(0, proof.offsetByCodePoints(0, 3999)) + "…",
          agent);
    }

    LAST_OUTCOME.set(execution, outcome.name());
    NO_ANSWER_COUNT.set(execution, lead.getNoAnswerAttempts());
    HAS_CALLBACK.set(execution, callbackAt != null);
    CALLBACK_DUE_AT.set(execution, BusinessTime.toDate(callbackAt));
    COMPLETION_INPUTS.forEach(variable -> variable.remove(execution));
  }

  /** A callback is the client's own request; a pulled call was allowed by the rule the pull stored on the lead. */
  private static String allowedBy(DelegateExecution execution, Lead lead) {
    return UserTask.CallBack.id().equals(ATTEMPT_TASK.from(execution)) ? CALLBACK_RULE : lead.getAllowedBy();
  }
}
