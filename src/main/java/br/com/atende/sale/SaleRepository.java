package br.com.atende.sale;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SaleRepository extends JpaRepository<Sale, Long> {

  List<Sale> findByClientIdOrderBySoldAtDesc(Long clientId);

  List<Sale> findBySoldAtBetweenOrderBySoldAtDesc(Instant from, Instant to);
}
