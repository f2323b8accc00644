package br.com.atende.campaign;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoreRepository extends JpaRepository<Store, String> {

  List<Store> findByCodeInOrderByCode(Collection<String> codes);
}
