package br.com.atende.serviceevent;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LossReasonRepository extends JpaRepository<LossReason, String> {}
