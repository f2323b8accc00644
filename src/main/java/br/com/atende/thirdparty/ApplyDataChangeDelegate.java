package br.com.atende.thirdparty;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Aplicar a alteração": the confirmed change of the business key's request, on the client's record. */
@Component
class ApplyDataChangeDelegate implements JavaDelegate {

  private final DataChangeService changes;

  ApplyDataChangeDelegate(DataChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    changes.apply(execution.getProcessBusinessKey());
  }
}
