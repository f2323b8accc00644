package br.com.atende.followup;

import static br.com.atende.followup.FollowUpProcess.code;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** RecordExpiry and RecordValidationExpiry: the last day ended before the follow-up was worked (or validated). */
@Component
public class RecordExpiryDelegate implements JavaDelegate {

  private final FollowUpService service;

  public RecordExpiryDelegate(FollowUpService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.expire(code(execution));
  }
}
