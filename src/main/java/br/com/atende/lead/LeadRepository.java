package br.com.atende.lead;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadRepository extends JpaRepository<Lead, Long> {

  long countByCampaignCode(String campaignCode);
}
