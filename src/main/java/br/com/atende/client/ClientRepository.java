package br.com.atende.client;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClientRepository extends JpaRepository<Client, Long> {

  /** Records not merged into another: by a part of the name (without case or accents), the whole CPF/CNPJ, or the end of the phone. */
  @Query("""
      select c from Client c
      where c.mergedInto is null
        and ((:nameKey is not null and c.nameKey like concat('%', :nameKey, '%'))
         or (:digits is not null and (c.cpfCnpj = :digits or c.phone like concat('%', :digits))))
      order by c.nameKey, c.id""")
  List<Client> search(String nameKey, String digits, Pageable page);

  List<Client> findByCpfCnpjAndMergedIntoIsNullOrderById(String cpfCnpj);

  List<Client> findByPhoneAndMergedIntoIsNullOrderById(String phone);
}
