package br.com.atende.inbound;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InactivationRepository extends JpaRepository<Inactivation, Long> {

  Optional<Inactivation> findFirstByClientIdOrderByInactivatedAtDescIdDesc(Long clientId);

  List<Inactivation> findByClientIdOrderByInactivatedAtDesc(Long clientId);
}
