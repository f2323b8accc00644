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

  List<Lead> findByAssigneeAndStatusAndCallbackAtBetweenOrderByCallbackAt(String assignee, LeadStatus status,
      Instant from, Instant to);
}
