package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.*;

import br.com.atende.common.BusinessTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordAction: stores the owner's conclusion, renewal or sale; a renewal re-arms the timer at the new deadline. */
@Component
public class RecordFollowUpActionDelegate implements JavaDelegate {

  private final FollowUpService service;

  public RecordFollowUpActionDelegate(FollowUpService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpService.Recorded recorded = service.record(code(execution), ACTED_BY.from(execution),
        FollowUpCompletion.from(execution));
    OUTCOME.set(execution, recorded.action().name());
    EXPIRES_AT.set(execution, BusinessTime.toDate(recorded.expiresAt()));
    clear(execution, FOLLOW_UP_INPUTS);
  }
}
