package br.com.atende.leadattendance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedFilterRepository extends JpaRepository<SavedFilter, Long> {

  List<SavedFilter> findByUserIdOrderByName(String userId);

  Optional<SavedFilter> findByIdAndUserId(Long id, String userId);

  boolean existsByUserIdAndName(String userId, String name);

  long countByUserId(String userId);
}
