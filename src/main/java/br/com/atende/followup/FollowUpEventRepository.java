package br.com.atende.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpEventRepository extends JpaRepository<FollowUpEvent, Long> {

  List<FollowUpEvent> findByFollowUpIdInOrderById(Collection<Long> followUpIds);

  List<FollowUpEvent> findByFollowUpIdOrderById(Long followUpId);
}
