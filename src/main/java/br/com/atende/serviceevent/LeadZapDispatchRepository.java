package br.com.atende.serviceevent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadZapDispatchRepository extends JpaRepository<LeadZapDispatch, Long> {

  List<LeadZapDispatch> findByEventIdOrderById(Long eventId);

  Optional<LeadZapDispatch> findFirstByProviderMessageId(String providerMessageId);
}
