package br.com.atende.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalChangeRepository extends JpaRepository<ProposalChange, Long> {

  List<ProposalChange> findByProposalIdOrderById(Long proposalId);
}
