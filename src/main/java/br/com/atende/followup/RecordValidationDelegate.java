package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordValidation: stores the supervisor's approval or rejection; the gateway routes on it. */
@Component
public class RecordValidationDelegate implements JavaDelegate {

  private final FollowUpService service;

  public RecordValidationDelegate(FollowUpService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = service.recordValidation(code(execution), ACTED_BY.from(execution),
        FollowUpCompletion.Validation.from(execution));
    APPROVED.set(execution, approved);
    clear(execution, VALIDATION_INPUTS);
  }
}
