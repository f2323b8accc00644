package br.com.atende.duplicate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Mesclar as fichas": the records the treatment recorded, by the business key. */
@Component
public class MergeRecordsDelegate implements JavaDelegate {

  private final DuplicateService duplicates;

  public MergeRecordsDelegate(DuplicateService duplicates) {
    this.duplicates = duplicates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    duplicates.merge(execution.getProcessBusinessKey());
  }
}
