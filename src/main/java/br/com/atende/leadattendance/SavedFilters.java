package br.com.atende.leadattendance;

import static br.com.atende.common.Text.blankToNull;
import static br.com.atende.common.Text.requireMaxLength;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.Store;
import br.com.atende.common.UserFacingException;
import br.com.atende.lead.Outcome;
import br.com.atende.leadattendance.SavedFilter.AgentList;
import br.com.atende.security.AtendeUser;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Seed 001 "filtros personalizados": each user's named filters, saved, listed, deleted; only their own. */
@Service
public class SavedFilters {

  static final int MAX_PER_USER = 30;

  private final SavedFilterRepository filters;
  private final CampaignClients campaignClients;

  public SavedFilters(SavedFilterRepository filters, CampaignClients campaignClients) {
    this.filters = filters;
    this.campaignClients = campaignClients;
  }

  public record NewFilter(String name, AgentList list, String campaign, String store, String city, Outcome outcome) {}

  public record FilterView(Long id, String name, AgentList list, String campaign, String store, String city,
      Outcome outcome) {

    static FilterView of(SavedFilter filter) {
      return new FilterView(filter.getId(), filter.getName(), filter.getList(), filter.getCampaignCode(),
          filter.getStoreCode(), filter.getCity(), filter.getLastOutcome());
    }
  }

  @Transactional(readOnly = true)
  public List<FilterView> mine(AtendeUser user) {
    return filters.findByUserIdOrderByName(user.id()).stream().map(FilterView::of).toList();
  }

  /** Saves the filter when every criterion is one the user may use: their campaigns and stores only. */
  @Transactional
  public FilterView save(AtendeUser user, NewFilter filter) {
    String name = requireMaxLength(blankToNull(filter.name()), 60, "Nome do filtro");
    if (name == null) {
      throw UserFacingException.badRequest("Dê um nome ao filtro (campo \"name\").");
    }
    String campaign = blankToNull(filter.campaign());
    String store = blankToNull(filter.store());
    String city = requireMaxLength(blankToNull(filter.city()), 120, "Cidade");
    if (filter.list() == null && campaign == null && store == null && city == null && filter.outcome() == null) {
      throw UserFacingException.badRequest("Escolha ao menos um critério para salvar o filtro.");
    }
    if (filter.list() == AgentList.NOT_ACTED) {
      if (campaign == null) {
        throw UserFacingException.badRequest("Clientes não atuados: " + CampaignClients.NO_CAMPAIGN);
      }
      if (filter.outcome() != null) {
        throw UserFacingException.badRequest(
            "Campo \"outcome\": clientes não atuados ainda não têm último resultado.");
      }
    } else if (store != null) {
      throw UserFacingException.badRequest("Campo \"store\": a loja filtra só os clientes não atuados.");
    }
    if (campaign != null) {
      Campaign active = campaignClients.activeCampaignOf(user, campaign);
      if (store != null && active.getStores().stream().map(Store::getCode).noneMatch(store::equals)) {
        throw UserFacingException.badRequest("Loja inválida para esta campanha: " + store + " (campo \"store\").");
      }
    }
    if (store != null && !user.reaches(store)) {
      throw UserFacingException.badRequest("Loja inválida para esta campanha: " + store + " (campo \"store\").");
    }
    if (filters.countByUserId(user.id()) >= MAX_PER_USER) {
      throw UserFacingException.badRequest("Você já tem " + MAX_PER_USER + " filtros salvos: exclua um antes.");
    }
    if (filters.existsByUserIdAndName(user.id(), name)) {
      throw nameTaken(name);
    }
    try {
      return FilterView.of(filters.saveAndFlush(new SavedFilter(user.id(), name, filter.list(), campaign, store, city,
          filter.outcome(), Instant.now())));
    } catch (DataIntegrityViolationException sameNameAtOnce) {
      throw nameTaken(name);
    }
  }

  @Transactional
  public void delete(AtendeUser user, Long id) {
    // Someone else's filter reads as missing: its id tells nothing.
    filters.delete(filters.findByIdAndUserId(id, user.id())
        .orElseThrow(() -> UserFacingException.notFound("Filtro não encontrado.")));
  }

  private static UserFacingException nameTaken(String name) {
    return UserFacingException.conflict("Você já tem um filtro chamado \"" + name + "\".");
  }
}
