package br.com.atende.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  Optional<FollowUp> findByCode(String code);

  List<FollowUp> findByClientIdOrderById(Long clientId);

  List<FollowUp> findByClientIdAndStatusInOrderByDueOn(Long clientId, Collection<FollowUpStatus> statuses);

  List<FollowUp> findByOwnerAndStatusOrderByDueOnAscIdAsc(String owner, FollowUpStatus status);

  /** The team view: optional owner and type, by deadline. */
  @Query("""
      select f from FollowUp f where (:owner is null or f.owner = :owner) and (:type is null or f.type = :type)
        and f.status in :statuses order by f.dueOn, f.id""")
  List<FollowUp> findTeam(String owner, FollowUpType type, Collection<FollowUpStatus> statuses, Pageable page);
}
