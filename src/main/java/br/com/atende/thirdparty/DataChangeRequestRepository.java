package br.com.atende.thirdparty;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DataChangeRequestRepository extends JpaRepository<DataChangeRequest, Long> {

  Optional<DataChangeRequest> findByCode(String code);

  /** Locked until the transaction ends, so a decision is recorded once. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from DataChangeRequest r where r.code = :code")
  Optional<DataChangeRequest> lockByCode(String code);

  List<DataChangeRequest> findByClientIdOrderById(Long clientId);
}
