package br.com.atende.duplicate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DuplicateRegistrationRepository extends JpaRepository<DuplicateRegistration, Long> {

  Optional<DuplicateRegistration> findByCode(String code);

  /** Those the client is part of, as the new or the existing record. */
  @Query("select d from DuplicateRegistration d where d.clientId = :clientId or d.existingId = :clientId order by d.id")
  List<DuplicateRegistration> involving(Long clientId);
}
