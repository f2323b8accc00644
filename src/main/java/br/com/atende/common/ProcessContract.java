package br.com.atende.common;

import java.util.Map;
import java.util.Set;

/**
 * What a BPMN promises the outside world: for each of its user tasks, the variables a completion
 * may carry. Anything else sent on complete, submit-form or resolve is refused, so a completion can
 * never write who or what a task is about (the lead, the proposal, the seller...). Each process
 * contributes one as a Spring bean.
 */
public interface ProcessContract {

  String processKey();

  /** Task id → the completion variables it accepts; a task missing here accepts none. */
  Map<String, Set<String>> completionVariables();
}
