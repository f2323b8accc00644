package br.com.atende.lead;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long> {

  /** Leads the agent holds now (index on assignee), newest change first. */
  @Query("""
      select l from Lead l
      where l.assignee = :agent and l.status in :statuses and (:campaign is null or l.campaignCode = :campaign)
      order by l.updatedAt desc""")
  List<Lead> findHeldBy(String agent, Collection<LeadStatus> statuses, String campaign, Pageable page);

  /** Leads the agent made an attempt on (index on lead_attempts.agent), newest change first. */
  @Query("""
      select l from Lead l
      where l.id in (select a.leadId from LeadAttempt a where a.agent = :agent)
        and l.status in :statuses and (:campaign is null or l.campaignCode = :campaign)
      order by l.updatedAt desc""")
  List<Lead> findAttemptedBy(String agent, Collection<LeadStatus> statuses, String campaign, Pageable page);

  /**
   * The leads of a client known elsewhere: the same phone (either of the lead's) or the same
   * CPF/CNPJ, newest first, so a page of them is the latest campaigns.
   */
  @Query("""
      select l from Lead l
      where l.phone = :phone or l.phone2 = :phone or (:cpfCnpj is not null and l.cpfCnpj = :cpfCnpj)
      order by l.id desc""")
  List<Lead> findSameClient(String phone, String cpfCnpj, Pageable page);

  List<Lead> findByAssigneeAndStatusAndCallbackAtBetweenOrderByCallbackAt(String assignee, LeadStatus status,
      Instant from, Instant to);
}
