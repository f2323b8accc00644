package br.com.atende.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

  Optional<Proposal> findByCode(String code);

  /** The row locked until the transaction ends, so two clicks on Manutenção open one instance. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Proposal p where p.code = :code")
  Optional<Proposal> lockByCode(String code);

  Optional<Proposal> findFirstByLeadIdOrderByIdDesc(Long leadId);

  List<Proposal> findByLeadIdIn(Collection<Long> leadIds);

  List<Proposal> findByCpfCnpj(String cpfCnpj);
}
