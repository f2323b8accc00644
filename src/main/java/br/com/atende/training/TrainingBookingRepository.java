package br.com.atende.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingBookingRepository extends JpaRepository<TrainingBooking, Long> {

  List<TrainingBooking> findBySlotIdAndCancelledAtIsNullOrderById(Long slotId);

  List<TrainingBooking> findBySlotIdInAndCancelledAtIsNull(Collection<Long> slotIds);

  List<TrainingBooking> findByClientIdOrderById(Long clientId);
}
