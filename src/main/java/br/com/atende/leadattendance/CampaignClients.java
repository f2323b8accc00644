package br.com.atende.leadattendance;

import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.Store;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.security.AtendeUser;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 001 "Clientes não atuados": the clients of an active campaign that received no operation yet
 * (never pulled), for an agent of the campaign's stores, read only, a page at a time.
 */
@Service
public class CampaignClients {

  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 200;
  static final String NO_CAMPAIGN = "Informe a campanha (campo \"campaign\").";

  private final CampaignRepository campaigns;
  private final LeadRepository leads;

  public CampaignClients(CampaignRepository campaigns, LeadRepository leads) {
    this.campaigns = campaigns;
    this.leads = leads;
  }

  public record ClientRow(Long leadId, String name, String phone, String city, String uf, String campaignCode,
      String campaignName, String storeCode, String storeName) {}

  /** {@code next}: the {@code after} of the following page; null on the last one. */
  public record ClientPage(List<ClientRow> rows, Long next) {}

  @Transactional(readOnly = true)
  public ClientPage notActed(AtendeUser user, String campaignCode, String storeCode, String city, Long after,
      Integer size) {
    Campaign campaign = activeCampaignOf(user, campaignCode);
    List<String> reached = campaign.getStores().stream().map(Store::getCode).filter(user::reaches).sorted().toList();
    String store = blankToNull(storeCode);
    if (store != null && !reached.contains(store)) {
      throw UserFacingException.badRequest("Loja inválida para esta campanha: " + store + " (campo \"store\").");
    }
    int pageSize = size == null ? DEFAULT_PAGE : size;
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw UserFacingException.badRequest("Campo \"size\": informe de 1 a " + MAX_PAGE + " clientes por página.");
    }
    if (after != null && after < 0) {
      throw UserFacingException.badRequest("Campo \"after\": informe o \"next\" da página anterior.");
    }
    String inCity = requireMaxLength(blankToNull(city), 120, "Cidade");
    List<String> stores = store != null ? List.of(store) : reached;
    boolean anyStore = store == null && reached.size() == campaign.getStores().size();
    // One row more than asked says whether there is a next page, without counting a million rows.
    List<Lead> page = leads.findNotActed(campaign.getCode(), inCity, anyStore, stores, after == null ? 0 : after,
        PageRequest.of(0, pageSize + 1));
    Map<String, String> storeNames = campaign.getStores().stream()
        .collect(Collectors.toMap(Store::getCode, Store::getName));
    List<ClientRow> rows = page.stream().limit(pageSize)
        .map(lead -> new ClientRow(lead.getId(), lead.getName(), Phones.display(lead.getPhone()), lead.getCity(),
            lead.getUf(), campaign.getCode(), campaign.getName(), lead.getStoreCode(),
            lead.getStoreCode() == null ? "Qualquer loja" : storeNames.get(lead.getStoreCode())))
        .toList();
    return new ClientPage(rows, page.size() > pageSize ? rows.get(rows.size() - 1).leadId() : null);
  }

  /**
   * The campaign when it is active today and the user works (or oversees) one of its stores. Another
   * store's campaign reads as unknown, so its code tells nothing.
   */
  Campaign activeCampaignOf(AtendeUser user, String campaignCode) {
    String code = blankToNull(campaignCode);
    if (code == null) {
      throw UserFacingException.badRequest(NO_CAMPAIGN);
    }
    return campaigns.findById(code)
        .filter(c -> c.isActiveOn(BusinessTime.today()))
        .filter(c -> c.getStores().stream().anyMatch(s -> user.reaches(s.getCode())))
        .orElseThrow(() -> UserFacingException.badRequest("Campanha inválida: " + code
            + " não é uma campanha ativa das suas lojas (campo \"campaign\")."));
  }
}
