package br.com.atende.leadattendance;

import static br.com.atende.leadattendance.LeadAttendanceProcess.*;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.campaign.Store;
import br.com.atende.campaign.StoreRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Markdown;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import br.com.atende.contactpolicy.CallableLeads;
import br.com.atende.lead.Lead;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.security.AtendeUser;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Vamos às vendas": takes the next lead of a store's campaign from the queue and starts (first
 * pull) or resumes (pulled again) its lead-attendance instance, in one transaction with the queue.
 */
@Service
public class AttendanceService {

  public static final String NO_LEADS_LEFT = "Não há clientes a acionar nesta campanha.";

  /**
   * The 404 of an empty pull. The pull keeps (commits) what it did on the way: the heads it moved to
   * the held leads stay there, so the next pull does not look at them again.
   */
  static final class NoLeadToCall extends UserFacingException {
    NoLeadToCall() {
      super(HttpStatus.NOT_FOUND, NO_LEADS_LEFT);
    }
  }

  private final CallableLeads callable;
  private final CampaignRepository campaigns;
  private final StoreRepository stores;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final OptOutLedger ledger;

  public AttendanceService(CallableLeads callable, CampaignRepository campaigns, StoreRepository stores,
      RuntimeService runtimeService, TaskService taskService, OptOutLedger ledger) {
    this.callable = callable;
    this.campaigns = campaigns;
    this.stores = stores;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.ledger = ledger;
  }

  public record Pulled(Long leadId, String taskId, String processInstanceId) {}

  @Transactional(noRollbackFor = NoLeadToCall.class)
  public Pulled pullNext(AtendeUser agent, String storeCode, String campaignCode) {
    Store store = stores.findById(nonBlank(storeCode, "Informe a loja."))
        .orElseThrow(() -> UserFacingException.notFound("Loja " + storeCode + " não encontrada."));
    if (!agent.worksStore(store.getCode())) {
      throw UserFacingException.forbidden("Você não atende a loja " + store.getCode() + " - " + store.getName() + ".");
    }
    Campaign campaign = campaigns.findById(nonBlank(campaignCode, "Informe a campanha."))
        .orElseThrow(() -> UserFacingException.notFound("Campanha " + campaignCode + " não encontrada."));
    if (!campaign.serves(store.getCode())) {
      throw UserFacingException.notFound("A campanha " + campaign.getName() + " não é da loja " + store.getName() + ".");
    }
    if (!campaign.isActiveOn(BusinessTime.today())) {
      throw UserFacingException.conflict("A campanha " + campaign.getName() + " não está ativa.");
    }
    // The contact policy: only a lead the law lets us call now (the others wait in lead_holds).
    Lead lead = callable.takeNext(campaign, store.getCode()).orElseThrow(NoLeadToCall::new);

    Map<String, Object> variables = new HashMap<>();
    AGENT.put(variables, agent.id());
    // Names, addresses and offers are shown in the form's markdown: escaped, so they read as text.
    STORE_NAME.put(variables, Markdown.escape(store.getName()));
    // Seed 001 "Adicionar script": the conversation starts with the script for the agent to edit.
    CONVERSATION.put(variables, campaign.openingScript());
    // The queue checked the main number; a second number that opted out is not offered to dial
    // (read at every pull, so an opt-out since the last one counts).
    String phone2 = lead.getPhone2() == null || ledger.blocks(lead.getPhone2(), OptOutChannel.VOICE)
        ? null : Phones.display(lead.getPhone2());
    // A first pull writes no empty display copy (the form reads an absent one as empty); a later
    // one clears a second number that opted out since.
    if (phone2 != null || lead.getProcessInstanceId() != null) {
      LEAD_PHONE2.put(variables, phone2);
    }
    String processInstanceId;
    if (lead.getProcessInstanceId() == null) {
      CAMPAIGN_CODE.put(variables, campaign.getCode());
      CAMPAIGN_NAME.put(variables, Markdown.escape(campaign.getName()));
      OFFER.put(variables, Markdown.escape(campaign.getOffer()));
      if (campaign.getMaterialsUrl() != null) {
        MATERIALS_URL.put(variables, campaign.getMaterialsUrl());
      }
      SCRIPT.put(variables, campaign.openingScript());
      SCRIPT_SHOWN.put(variables, Markdown.escapeLines(campaign.openingScript()));
      if (!campaign.getActionTypes().isEmpty()) {
        ACTION_TYPE_OPTIONS.put(variables, campaign.getActionTypes().stream()
            .map(type -> Map.of("label", type.getName(), "value", type.getCode())).toList());
        Map<String, String> scripts = new LinkedHashMap<>();
        campaign.getActionTypes().forEach(type -> scripts.put(type.getCode(), Markdown.escapeLines(type.getScript())));
        ACTION_SCRIPTS.put(variables, scripts);
      }
      LEAD_NAME.put(variables, Markdown.escape(lead.getName()));
      LEAD_PHONE.put(variables, Phones.display(lead.getPhone()));
      LEAD_ADDRESS.put(variables, Markdown.escape(lead.fullAddress()));
      NO_ANSWER_COUNT.put(variables, 0);
      processInstanceId = runtimeService
          .startProcessInstanceByKey(KEY, String.valueOf(lead.getId()), variables)
          .getId();
    } else {
      processInstanceId = lead.getProcessInstanceId();
      runtimeService.createMessageCorrelation(Message.LeadPulled.id())
          .processInstanceId(processInstanceId)
          .setVariables(variables)
          .correlate();
    }
    lead.pulledBy(agent.id(), store.getCode(), processInstanceId);
    Task task = taskService.createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(UserTask.AttendLead.id())
        .singleResult();
    return new Pulled(lead.getId(), task.getId(), processInstanceId);
  }

  private static String nonBlank(String value, String message) {
    if (value == null || value.isBlank()) {
      throw UserFacingException.badRequest(message);
    }
    return value;
  }
}
