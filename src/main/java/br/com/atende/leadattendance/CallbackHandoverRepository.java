package br.com.atende.leadattendance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackHandoverRepository extends JpaRepository<CallbackHandover, Long> {

  List<CallbackHandover> findByLeadIdOrderById(Long leadId);
}
