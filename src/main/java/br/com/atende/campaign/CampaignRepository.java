package br.com.atende.campaign;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CampaignRepository extends JpaRepository<Campaign, String> {

  @Query("""
      select c from Campaign c join c.stores s
      where s.code = :storeCode and c.status = br.com.atende.campaign.CampaignStatus.ACTIVE
        and c.startsOn <= :day and c.endsOn >= :day
      order by c.endsOn, c.code""")
  List<Campaign> findActiveForStore(String storeCode, LocalDate day);

  @Query("""
      select distinct s.code from Campaign c join c.stores s
      where c.status = br.com.atende.campaign.CampaignStatus.ACTIVE and c.startsOn <= :day and c.endsOn >= :day""")
  List<String> findStoresWithActiveCampaigns(LocalDate day);
}
