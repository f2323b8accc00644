package br.com.atende.serviceevent;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintReasonRepository extends JpaRepository<ComplaintReason, String> {}
