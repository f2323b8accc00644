package br.com.atende.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadAttemptRepository extends JpaRepository<LeadAttempt, Long> {

  List<LeadAttempt> findByLeadIdOrderByAttemptNo(Long leadId);

  boolean existsByLeadIdAndAgent(Long leadId, String agent);
}
