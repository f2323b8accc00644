package br.com.atende.campaign;

import br.com.atende.campaign.CampaignService.CampaignSummary;
import br.com.atende.campaign.CampaignService.NewCampaign;
import br.com.atende.security.AtendeUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class CampaignController {

  private final CampaignService campaignService;
  private final StoreService storeService;

  public CampaignController(CampaignService campaignService, StoreService storeService) {
    this.campaignService = campaignService;
    this.storeService = storeService;
  }

  public record StoreView(@Size(max = 10, message = "Código da loja: no máximo {max} caracteres.") String code,
      @Size(max = 120, message = "Nome da loja: no máximo {max} caracteres.") String name) {}

  public record CampaignView(String code, String name, String offer, List<String> storeCodes, LocalDate startsOn,
      LocalDate endsOn, String materialsUrl, String status, String auditType, String contactPolicy) {

    static CampaignView of(Campaign c) {
      return new CampaignView(c.getCode(), c.getName(), c.getOffer(),
          c.getStores().stream().map(Store::getCode).sorted().toList(), c.getStartsOn(), c.getEndsOn(),
          c.getMaterialsUrl(), c.getStatus().name(), c.getAuditType().name(), c.getContactPolicy().name());
    }
  }

  @PostMapping("/stores")
  @ResponseStatus(HttpStatus.CREATED)
  public StoreView createStore(@Valid @RequestBody StoreView request, Authentication authentication) {
    Store store = storeService.create(request.code(), request.name(), AtendeUser.of(authentication));
    return new StoreView(store.getCode(), store.getName());
  }

  @PostMapping("/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignView createCampaign(@Valid @RequestBody NewCampaign request, Authentication authentication) {
    return CampaignView.of(campaignService.create(request, AtendeUser.of(authentication)));
  }

  /** Stores the user may work that have active campaigns. */
  @GetMapping("/stores")
  public List<StoreView> stores(Authentication authentication) {
    return campaignService.storesWithActiveCampaigns(AtendeUser.of(authentication)).stream()
        .map(s -> new StoreView(s.getCode(), s.getName())).toList();
  }

  @GetMapping("/stores/{storeCode}/campaigns")
  public List<CampaignSummary> campaigns(@PathVariable String storeCode, Authentication authentication) {
    return campaignService.activeFor(storeCode, AtendeUser.of(authentication));
  }
}
