package br.com.atende.quote;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRepository extends JpaRepository<Quote, Long> {

  Optional<Quote> findByCode(String code);

  List<Quote> findByClientIdOrderByCreatedAtDesc(Long clientId);
}
