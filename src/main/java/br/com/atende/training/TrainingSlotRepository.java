package br.com.atende.training;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrainingSlotRepository extends JpaRepository<TrainingSlot, Long> {

  Optional<TrainingSlot> findByCode(String code);

  /** Locked until the transaction ends: bookings of one slot take turns, so its seats are never oversold. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from TrainingSlot s where s.code = :code")
  Optional<TrainingSlot> lockByCode(String code);

  boolean existsByDayAndShiftAndTrainer(LocalDate day, Shift shift, String trainer);

  List<TrainingSlot> findByDayBetween(LocalDate from, LocalDate to);

  List<TrainingSlot> findByIdIn(Collection<Long> ids);
}
