package br.com.atende.leadattendance;

import static br.com.atende.common.Text.blankToNull;

import br.com.atende.engine.OpenTasks;
import br.com.atende.engine.OpenTasks.OpenTask;
import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.CampaignRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.lead.LeadStatus;
import br.com.atende.lead.Outcome;
import br.com.atende.common.Phones;
import br.com.atende.proposal.Proposal;
import br.com.atende.proposal.ProposalRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agent's own lists on the home page: "Meus atendimentos" and "Minha agenda" (seeds 000, 001). */
@Service
public class MyWork {

  static final int LIST_LIMIT = 500;

  /** Seed 001's lists, seen from the agent: pulled and not finished, booked callbacks, finished attempts. */
  public enum ListStatus {
    NOT_WORKED(EnumSet.of(LeadStatus.IN_PROGRESS)),
    SCHEDULED(EnumSet.of(LeadStatus.SCHEDULED)),
    CONCLUDED(EnumSet.of(LeadStatus.QUEUED, LeadStatus.CONTRACTED, LeadStatus.REFUSED, LeadStatus.INCONSISTENT,
        LeadStatus.EXHAUSTED, LeadStatus.WHATSAPP_NO_REPLY, LeadStatus.EXPIRED, LeadStatus.OPTED_OUT));

    private final Set<LeadStatus> statuses;

    ListStatus(Set<LeadStatus> statuses) {
      this.statuses = statuses;
    }
  }

  private final LeadRepository leads;
  private final CampaignRepository campaigns;
  private final OpenTasks openTasks;
  private final ProposalRepository proposals;

  public MyWork(LeadRepository leads, CampaignRepository campaigns, OpenTasks openTasks,
      ProposalRepository proposals) {
    this.leads = leads;
    this.campaigns = campaigns;
    this.openTasks = openTasks;
    this.proposals = proposals;
  }

  public record AttendanceRow(Long leadId, String leadName, String phone, String campaignCode, String campaignName,
      String city, String status, String list, String lastOutcome, String updatedAt, String callbackAt, String taskId,
      String proposalCode) {}

  /** A callback of the agenda: booked (status SCHEDULED), or closed without a call and why (OPTED_OUT). */
  public record CallbackRow(Long leadId, String leadName, String phone, String campaignName, String callbackAt,
      String kind, String taskId, String status, String closedReason) {}

  /**
   * The agent's attendances in that list (all, without one), of that campaign, city and last
   * outcome (any, without one: seed 001's custom filters); newest first.
   */
  @Transactional(readOnly = true)
  public List<AttendanceRow> attendances(AtendeUser user, ListStatus status, String campaign, String city,
      Outcome outcome) {
    String agent = user.id();
    Set<LeadStatus> statuses = status == null ? EnumSet.allOf(LeadStatus.class) : status.statuses;
    // Two index-backed queries instead of one "assignee = ? OR id IN (...)", which scans all leads.
    PageRequest first = PageRequest.of(0, LIST_LIMIT);
    Map<Long, Lead> byId = new LinkedHashMap<>();
    String inCity = blankToNull(city);
    String lastOutcome = outcome == null ? null : outcome.name();
    leads.findHeldBy(agent, statuses, blankToNull(campaign), inCity, lastOutcome, first)
        .forEach(lead -> byId.put(lead.getId(), lead));
    leads.findAttemptedBy(agent, statuses, blankToNull(campaign), inCity, lastOutcome, first)
        .forEach(lead -> byId.putIfAbsent(lead.getId(), lead));
    List<Lead> rows = byId.values().stream()
        .sorted(Comparator.comparing(Lead::getUpdatedAt).reversed())
        .limit(LIST_LIMIT)
        .toList();
    Map<String, String> openTasks = openTasksByInstance(agent);
    Map<String, String> campaignNames = campaignNames();
    // A sale shows its proposal code (seed 003: the code is given to the agent).
    List<Long> sold = rows.stream().filter(lead -> lead.getStatus() == LeadStatus.CONTRACTED).map(Lead::getId).toList();
    Map<Long, String> proposalCodes = sold.isEmpty() ? Map.of() : proposals.findByLeadIdIn(sold).stream()
        .collect(Collectors.toMap(Proposal::getLeadId, Proposal::getCode, (older, newer) -> newer));
    return rows.stream().map(lead -> new AttendanceRow(lead.getId(), lead.getName(), Phones.display(lead.getPhone()),
            lead.getCampaignCode(), campaignNames.get(lead.getCampaignCode()), lead.getCity(), lead.getStatus().name(),
            listOf(lead.getStatus()).name(), lead.getLastOutcome(), lead.getUpdatedAt().toString(),
            BusinessTime.formatLocalMinutes(lead.getCallbackAt()), openTasks.get(lead.getProcessInstanceId()),
            proposalCodes.get(lead.getId())))
        .toList();
  }

  /** Booked callbacks from {@code from} (São Paulo date, default today) for {@code days} days. */
  @Transactional(readOnly = true)
  public List<CallbackRow> callbacks(AtendeUser user, String from, int days) {
    String agent = user.id();
    LocalDate start = parseDay(from);
    if (days < 1 || days > 62) {
      throw UserFacingException.badRequest("Informe de 1 a 62 dias.");
    }
    List<Lead> booked = leads.findByAssigneeAndStatusInAndCallbackAtBetweenOrderByCallbackAt(agent,
        EnumSet.of(LeadStatus.SCHEDULED, LeadStatus.OPTED_OUT), start.atStartOfDay(BusinessTime.ZONE).toInstant(),
        start.plusDays(days).atStartOfDay(BusinessTime.ZONE).toInstant());
    Map<String, String> openTasks = openTasksByInstance(agent);
    Map<String, String> campaignNames = campaignNames();
    return booked.stream().map(lead -> new CallbackRow(lead.getId(), lead.getName(), Phones.display(lead.getPhone()),
            campaignNames.get(lead.getCampaignCode()), BusinessTime.formatLocalMinutes(lead.getCallbackAt()),
            lead.getCallbackKind(), openTasks.get(lead.getProcessInstanceId()), lead.getStatus().name(),
            lead.getClosedReason()))
        .toList();
  }

  private static ListStatus listOf(LeadStatus status) {
    for (ListStatus list : ListStatus.values()) {
      if (list.statuses.contains(status)) {
        return list;
      }
    }
    return ListStatus.NOT_WORKED;
  }

  private Map<String, String> openTasksByInstance(String agent) {
    return openTasks.assignedTo(agent, LeadAttendanceProcess.KEY).values().stream()
        .collect(Collectors.toMap(OpenTask::processInstanceId, OpenTask::id));
  }

  private Map<String, String> campaignNames() {
    return campaigns.findAll().stream().collect(Collectors.toMap(Campaign::getCode, Campaign::getName));
  }

  private static LocalDate parseDay(String day) {
    if (day == null || day.isBlank()) {
      return BusinessTime.today();
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw UserFacingException.badRequest("Data inválida: " + day + ". Use aaaa-mm-dd.");
    }
  }
}
