package br.com.atende.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  List<Invoice> findByClientIdOrderByDueOnAscIdAsc(Long clientId);

  List<Invoice> findByClientIdAndStatusAndDueOnBeforeOrderByDueOnAscIdAsc(Long clientId, InvoiceStatus status,
      LocalDate day);

  Optional<Invoice> findByClientIdAndNumber(Long clientId, String number);
}
