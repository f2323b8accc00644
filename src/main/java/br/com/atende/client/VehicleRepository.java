package br.com.atende.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VehicleRepository extends JpaRepository<Vehicle, Long> {

  List<Vehicle> findByClientIdOrderById(Long clientId);
}
