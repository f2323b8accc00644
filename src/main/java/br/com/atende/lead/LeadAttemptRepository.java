package br.com.atende.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadAttemptRepository extends JpaRepository<LeadAttempt, Long> {

  List<LeadAttempt> findByLeadIdOrderByAttemptNo(Long leadId);

  List<LeadAttempt> findByLeadIdIn(java.util.Collection<Long> leadIds);

  boolean existsByLeadIdAndAgent(Long leadId, String agent);
}
