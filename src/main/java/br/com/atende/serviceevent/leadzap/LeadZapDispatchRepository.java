package br.com.atende.serviceevent.leadzap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadZapDispatchRepository extends JpaRepository<LeadZapDispatch, Long> {

  List<LeadZapDispatch> findByEventIdOrderById(Long eventId);

  List<LeadZapDispatch> findByEventIdInOrderById(Collection<Long> eventIds);

  Optional<LeadZapDispatch> findFirstByProviderMessageId(String providerMessageId);
}
