package br.com.atende.campaign;

import static br.com.atende.common.Text.blankToNull;

import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Links;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CampaignService {

  private final CampaignRepository campaigns;
  private final StoreRepository stores;
  private final RuntimeService runtimeService;
  private final LeadQueue queue;

  public CampaignService(CampaignRepository campaigns, StoreRepository stores, RuntimeService runtimeService,
      LeadQueue queue) {
    this.campaigns = campaigns;
    this.stores = stores;
    this.runtimeService = runtimeService;
    this.queue = queue;
  }

  /** Sizes are the columns' (V1, V3), checked on /api before anything is stored. */
  public record NewCampaign(
      @Size(max = 40, message = "Código da campanha: no máximo {max} caracteres.") String code,
      @Size(max = 160, message = "Nome da campanha: no máximo {max} caracteres.") String name,
      @Size(max = 1000, message = "Oferta: no máximo {max} caracteres.") String offer,
      List<@NotNull(message = "Código de loja: informe o código, não null.")
          @Size(max = 10, message = "Código de loja: no máximo {max} caracteres.") String> storeCodes,
      LocalDate startsOn, LocalDate endsOn,
      @Size(max = 1000, message = "Link dos materiais: no máximo {max} caracteres.") String materialsUrl,
      @Size(max = 4000, message = "Roteiro: no máximo {max} caracteres.") String script,
      List<@NotNull(message = "Tipo de ação: informe código e nome, não null.") @Valid NewActionType> actionTypes,
      String auditType, String contactPolicy) {}

  public record NewActionType(
      @Size(max = 40, message = "Código do tipo de ação: no máximo {max} caracteres.") String code,
      @Size(max = 120, message = "Nome do tipo de ação: no máximo {max} caracteres.") String name,
      @Size(max = 4000, message = "Roteiro do tipo de ação: no máximo {max} caracteres.") String script) {}

  public record CampaignSummary(String code, String name, String offer, String materialsUrl, LocalDate startsOn,
      LocalDate endsOn, String contactPolicy, long leadsLeft) {}

  static final String MANAGERS_ONLY = "Somente supervisores, BI/processos ou administradores gerenciam campanhas.";

  /** A campaign over /api: managers only. */
  @Transactional
  public Campaign create(NewCampaign request, AtendeUser user) {
    return create(request, user.requireManager(MANAGERS_ONLY).id());
  }

  /** Saves the campaign and starts its `campaign` process, whose timer closes it at the end. */
  @Transactional
  public Campaign create(NewCampaign request, String userId) {
    if (request.code() == null || !request.code().matches("[A-Za-z0-9_-]{2,40}")) {
      throw UserFacingException.badRequest("Código da campanha inválido: use de 2 a 40 letras, números, - ou _.");
    }
    if (request.name() == null || request.name().isBlank()) {
      throw UserFacingException.badRequest("Informe o nome da campanha.");
    }
    if (request.offer() == null || request.offer().isBlank()) {
      throw UserFacingException.badRequest("Informe a oferta da campanha.");
    }
    if (request.startsOn() == null || request.endsOn() == null) {
      throw UserFacingException.badRequest("Informe o início e o fim da validade da campanha.");
    }
    if (request.endsOn().isBefore(request.startsOn())) {
      throw UserFacingException.badRequest("O fim da validade não pode ser anterior ao início.");
    }
    if (request.endsOn().isBefore(BusinessTime.today())) {
      throw UserFacingException.badRequest("A campanha já estaria vencida: o fim da validade é anterior a hoje.");
    }
    Links.requireHttp(request.materialsUrl(), "Link dos materiais");
    if (request.storeCodes() == null || request.storeCodes().isEmpty()) {
      throw UserFacingException.badRequest("Informe ao menos uma loja para a campanha.");
    }
    Set<Store> campaignStores = new LinkedHashSet<>();
    for (String storeCode : request.storeCodes()) {
      campaignStores.add(stores.findById(storeCode)
          .orElseThrow(() -> UserFacingException.badRequest("Loja " + storeCode + " não existe.")));
    }
    List<ActionType> actionTypes = actionTypes(request.actionTypes());
    AuditType auditType = blankToNull(request.auditType()) == null ? AuditType.OFFLINE
        : Codes.require(AuditType.class, request.auditType(), "Tipo de auditoria");
    ContactPolicy contactPolicy = blankToNull(request.contactPolicy()) == null ? ContactPolicy.SART
        : Codes.require(ContactPolicy.class, request.contactPolicy(), "Política de contato");
    if (campaigns.existsById(request.code())) {
      throw UserFacingException.conflict("Já existe uma campanha com o código " + request.code() + ".");
    }
    Campaign campaign = campaigns.save(new Campaign(request.code(), request.name().trim(), request.offer().trim(),
        blankToNull(request.script()), blankToNull(request.materialsUrl()), request.startsOn(), request.endsOn(),
        campaignStores, actionTypes, auditType, contactPolicy, userId));
    Map<String, Object> variables = new HashMap<>();
    CampaignProcess.CAMPAIGN_CODE.put(variables, campaign.getCode());
    CampaignProcess.CAMPAIGN_ENDS_AT.put(variables, BusinessTime.toDate(campaign.endsAt()));
    runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, campaign.getCode(), variables);
    return campaign;
  }

  /** Stores the user may work that have active campaigns, by code. */
  @Transactional(readOnly = true)
  public List<Store> storesWithActiveCampaigns(AtendeUser user) {
    List<String> allowed = campaigns.findStoresWithActiveCampaigns(BusinessTime.today()).stream().distinct()
        .filter(user::reaches).sorted().toList();
    return stores.findByCodeInOrderByCode(allowed);
  }

  /** The store's active campaigns, for an agent who works it. */
  @Transactional(readOnly = true)
  public List<CampaignSummary> activeFor(String storeCode, AtendeUser user) {
    if (!user.reaches(storeCode)) {
      throw UserFacingException.forbidden("Você não atende a loja " + storeCode + ".");
    }
    if (!stores.existsById(storeCode)) {
      throw UserFacingException.notFound("Loja " + storeCode + " não encontrada.");
    }
    return campaigns.findActiveForStore(storeCode, BusinessTime.today()).stream()
        .map(c -> new CampaignSummary(c.getCode(), c.getName(), c.getOffer(), c.getMaterialsUrl(), c.getStartsOn(),
            c.getEndsOn(), c.getContactPolicy().name(), queue.countReady(c.getCode(), storeCode)))
        .toList();
  }

  private static List<ActionType> actionTypes(List<NewActionType> requested) {
    if (requested == null) {
      return List.of();
    }
    Set<String> codes = new HashSet<>();
    List<ActionType> types = new ArrayList<>();
    for (NewActionType type : requested) {
      if (type.code() == null || !type.code().matches("[A-Z0-9_]{1,40}")) {
        throw UserFacingException.badRequest("Código de tipo de ação inválido: use até 40 letras maiúsculas, números ou _.");
      }
      if (type.name() == null || type.name().isBlank()) {
        throw UserFacingException.badRequest("Informe o nome do tipo de ação " + type.code() + ".");
      }
      if (!codes.add(type.code())) {
        throw UserFacingException.badRequest("Tipo de ação repetido: " + type.code() + ".");
      }
      types.add(new ActionType(type.code(), type.name().trim(), blankToNull(type.script())));
    }
    return types;
  }
}
