package br.com.atende.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

  Optional<Proposal> findByCode(String code);

  Optional<Proposal> findFirstByLeadIdOrderByIdDesc(Long leadId);

  List<Proposal> findByLeadIdIn(Collection<Long> leadIds);
}
