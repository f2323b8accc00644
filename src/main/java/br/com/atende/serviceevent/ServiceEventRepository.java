package br.com.atende.serviceevent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceEventRepository extends JpaRepository<ServiceEvent, Long> {

  Optional<ServiceEvent> findByCode(String code);

  List<ServiceEvent> findByClientIdAndStatusAndIdNot(Long clientId, EventStatus status, Long id);

  List<ServiceEvent> findByClientIdOrderByIdDesc(Long clientId);

  long countByResponsibleAndStatusIn(String responsible, List<EventStatus> statuses);

  List<ServiceEvent> findByResponsibleAndStatusInOrderById(String responsible, List<EventStatus> statuses);

  List<ServiceEvent> findByStatusInOrderById(List<EventStatus> statuses);
}
