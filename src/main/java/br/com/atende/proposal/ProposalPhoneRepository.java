package br.com.atende.proposal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalPhoneRepository extends JpaRepository<ProposalPhone, Long> {

  List<ProposalPhone> findByProposalIdOrderById(Long proposalId);
}
