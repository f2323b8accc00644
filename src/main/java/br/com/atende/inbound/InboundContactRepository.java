package br.com.atende.inbound;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InboundContactRepository extends JpaRepository<InboundContact, Long> {

  Optional<InboundContact> findByCode(String code);

  /** Locked until the transaction ends, so the timer and a completion never both act on it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from InboundContact c where c.code = :code")
  Optional<InboundContact> lockByCode(String code);

  List<InboundContact> findByClientIdOrderByCreatedAtDesc(Long clientId);
}
