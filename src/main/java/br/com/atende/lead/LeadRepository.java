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
        and (:city is null or l.city = :city) and (:outcome is null or l.lastOutcome = :outcome)
      order by l.updatedAt desc""")
  List<Lead> findHeldBy(String agent, Collection<LeadStatus> statuses, String campaign, String city, String outcome,
      Pageable page);

  /** Leads the agent made an attempt on (index on lead_attempts.agent), newest change first. */
  @Query("""
      select l from Lead l
      where l.id in (select a.leadId from LeadAttempt a where a.agent = :agent)
        and l.status in :statuses and (:campaign is null or l.campaignCode = :campaign)
        and (:city is null or l.city = :city) and (:outcome is null or l.lastOutcome = :outcome)
      order by l.updatedAt desc""")
  List<Lead> findAttemptedBy(String agent, Collection<LeadStatus> statuses, String campaign, String city,
      String outcome, Pageable page);

  /**
   * One page of a campaign's never-worked leads after {@code afterId}, by id: index
   * (campaign_code, status, city) + the primary key, so a page costs the same at lead 10 and at
   * lead 900,000. {@code anyStore}: the reader works every store of the campaign; otherwise only
   * leads of {@code stores} or of no store in particular.
   */
  @Query("""
      select l from Lead l
      where l.campaignCode = :campaign and l.status = br.com.atende.lead.LeadStatus.NEW and l.id > :afterId
        and (:city is null or l.city = :city)
        and (:anyStore = true or l.storeCode is null or l.storeCode in :stores)
      order by l.id""")
  List<Lead> findNotActed(String campaign, String city, boolean anyStore, Collection<String> stores, long afterId,
      Pageable page);

  /**
   * The leads of a client known elsewhere: the same phone (either of the lead's) or the same
   * CPF/CNPJ, newest first, so a page of them is the latest campaigns.
   */
  @Query("""
      select l from Lead l
      where l.phone = :phone or l.phone2 = :phone or (:cpfCnpj is not null and l.cpfCnpj = :cpfCnpj)
      order by l.id desc""")
  List<Lead> findSameClient(String phone, String cpfCnpj, Pageable page);

  List<Lead> findByAssigneeAndStatusInAndCallbackAtBetweenOrderByCallbackAt(String assignee,
      Collection<LeadStatus> statuses, Instant from, Instant to);
}
