package br.com.atende.serviceevent;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceEventRepository extends JpaRepository<ServiceEvent, Long> {

  Optional<ServiceEvent> findByCode(String code);

  /** The event a `service-event` instance is about: its business key, never a variable a completion could write. */
  default ServiceEvent ofProcess(DelegateExecution execution) {
    String code = execution.getProcessBusinessKey();
    return findByCode(code).orElseThrow(() -> new IllegalStateException("No service event " + code));
  }

  List<ServiceEvent> findByClientIdAndStatusAndIdNot(Long clientId, EventStatus status, Long id);

  List<ServiceEvent> findByClientIdOrderByIdDesc(Long clientId);

  long countByResponsibleAndStatusIn(String responsible, List<EventStatus> statuses);

  List<ServiceEvent> findByResponsibleAndStatusInOrderById(String responsible, List<EventStatus> statuses);

  List<ServiceEvent> findByStatusInOrderById(List<EventStatus> statuses);
}
