package br.com.atende.followup;

import static br.com.atende.followup.FollowUpDeadlines.format;
import static br.com.atende.followup.FollowUpProcess.*;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRepository;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.engine.OpenTasks;
import br.com.atende.followup.FollowUpCompletion.Validation;
import br.com.atende.followup.FollowUpEvent.Kind;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.security.UserProfiles;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups (seed 002 "agendamentos"): opening one with its deadlines, recording what each task
 * decided, the expiry, a sale closing them, and the owner's and the team's lists.
 */
@Service
public class FollowUpService {

  static final int TEAM_PAGE = 500;
  /** follow_up_events.detail: a line quotes the person's text (up to 4000) after its own words, so it is cut to fit. */
  static final int EVENT_DETAIL_MAX = 4000;
  static final Set<FollowUpStatus> LIVE = Set.of(FollowUpStatus.OPEN, FollowUpStatus.PENDING_VALIDATION);

  private final FollowUpRepository followUps;
  private final FollowUpEventRepository events;
  private final ClientRepository clients;
  private final FollowUpDeadlines deadlines;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final OpenTasks openTasks;
  private final UserProfiles profiles;
  private final ApplicationEventPublisher publisher;
  private final EntityManager entityManager;

  public FollowUpService(FollowUpRepository followUps, FollowUpEventRepository events, ClientRepository clients,
      FollowUpDeadlines deadlines, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, OpenTasks openTasks, UserProfiles profiles, ApplicationEventPublisher publisher,
      EntityManager entityManager) {
    this.followUps = followUps;
    this.events = events;
    this.clients = clients;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.openTasks = openTasks;
    this.profiles = profiles;
    this.publisher = publisher;
    this.entityManager = entityManager;
  }

  public record OpenRequest(String type, String product, Boolean budgetSent, String dueOn, String observation) {}

  public record Opened(String code, String processInstanceId, LocalDate dueOn, LocalDate maxDueOn, String status) {}

  /** When a follow-up is due, for "Meus agendamentos". */
  public enum Bucket {
    OVERDUE("Atrasado"), TODAY("Hoje"), LATER("Próximos dias");

    private final String label;

    Bucket(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Mine(String code, String taskId, long clientId, String clientName, String type, String typeLabel,
      String product, LocalDate dueOn, LocalDate maxDueOn, int renewals, String bucket, String bucketLabel) {}

  public record TeamRow(String code, long clientId, String clientName, String type, String typeLabel, String product,
      String owner, String status, String statusLabel, LocalDate dueOn, LocalDate maxDueOn, int renewals,
      String createdAt, String taskId, String taskKey) {}

  public record HistoryLine(String at, String kind, String title, String by, String detail) {}

  public record Detail(TeamRow followUp, boolean budgetSent, String observation, String closingNote,
      List<HistoryLine> history) {}

  /** Seed 002 item 5: a follow-up of one of the manual's types, on a product, owned by who opens it. */
  @Transactional
  public Opened open(long clientId, OpenRequest request, AtendeUser user) {
    if (!user.worksClients() && !user.isIn(Roles.SUPERVISORS) && !user.isIn(Roles.ADMIN)) {
      throw UserFacingException.forbidden("Só as equipes comercial, suporte e central e os gestores abrem agendamentos.");
    }
    return openFor(clientId, request, user.id());
  }

  /**
   * Seed 002 "deve cobrar retorno desse e-mail - aguarda até 2 dias": the owner's #venda follow-up
   * with budget sent on the product, the one already live when there is one (a quote sent from the
   * record and the inbound task that sent it chase the same promise once). The caller checked who acts.
   */
  @Transactional
  public Opened chase(long clientId, String product, String owner, String observation) {
    String key = matchKey(product);
    return followUps.findByClientIdAndStatusInOrderByDueOn(clientId, LIVE).stream()
        .filter(f -> f.getOwner().equals(owner) && f.getType() == FollowUpType.SALE_WITH_CONTACT
            && matchKey(f.getProduct()).equals(key))
        .findFirst()
        .map(f -> new Opened(f.getCode(), f.getProcessInstanceId(), f.getDueOn(), f.getMaxDueOn(), f.getStatus().name()))
        .orElseGet(() -> openFor(clientId, new OpenRequest(FollowUpType.SALE_WITH_CONTACT.name(), product, true, null,
            observation), owner));
  }

  /** The same, for a feature that already checked who acts (a quote sent opens its seller's follow-up). */
  @Transactional
  public Opened openFor(long clientId, OpenRequest request, String owner) {
    Client client = clients.findById(clientId)
        .orElseThrow(() -> UserFacingException.notFound("Cliente " + clientId + " não encontrado."));
    String rawType = Text.blankToNull(request.type());
    FollowUpType type = Codes.parse(FollowUpType.class, rawType);
    if (type == null) {
      throw UserFacingException.badRequest((rawType == null ? "Tipo (type): informe o tipo do agendamento."
          : "Tipo (type) inválido: " + rawType + ".") + " Use um destes: " + Arrays.stream(FollowUpType.values())
          .map(t -> t.name() + " (" + t.label() + ")").collect(Collectors.joining(", ")) + ".");
    }
    String product = Text.requireMaxLength(Text.blankToNull(request.product()), 200, "Produto (product)");
    if (Text.saysNothing(product)) {
      throw UserFacingException.badRequest(
          "Produto (product): informe o produto ou serviço do agendamento; o manual pede que seja sempre especificado.");
    }
    String observation = Text.requireMaxLength(Text.blankToNull(request.observation()), 4000, "Observação (observation)");
    if (Text.saysNothing(observation)) {
      throw UserFacingException.badRequest("Observação (observation): descreva a tratativa, nunca só \"...\", \"[...]\" ou \"-\".");
    }
    FollowUpDeadlines.Opening opening = deadlines.open(type, FollowUpDeadlines.parseDate(request.dueOn(), "Prazo (dueOn)"));
    FollowUpStatus status = opening.needsValidation() ? FollowUpStatus.PENDING_VALIDATION : FollowUpStatus.OPEN;
    FollowUp followUp = followUps.saveAndFlush(new FollowUp(client.getId(), type, product, owner,
        Boolean.TRUE.equals(request.budgetSent()), observation, opening.dueOn(), opening.maxDueOn(), status));
    followUp.assignCode();
    log(followUp, Kind.OPENED, owner, "Prazo " + format(opening.dueOn()) + " (máximo "
        + format(opening.maxDueOn()) + ")" + (opening.needsValidation()
        ? ". Mais de 7 dias: aguarda a validação do gestor e não conta até lá" : "") + ". " + observation);
    Map<String, Object> variables = new HashMap<>(facts(followUp));
    NEEDS_VALIDATION.put(variables, opening.needsValidation());
    EXPIRES_AT.put(variables, BusinessTime.toDate(followUp.expiresAt()));
    followUp.startedAs(runtimeService.startProcessInstanceByKey(KEY, followUp.getCode(), variables).getId());
    return new Opened(followUp.getCode(), followUp.getProcessInstanceId(), followUp.getDueOn(), followUp.getMaxDueOn(),
        followUp.getStatus().name());
  }

  public FollowUp byCode(String code) {
    return followUps.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Agendamento " + code + " não encontrado."));
  }

  /** What the forms and Tasklist's columns show, copied from the row. */
  Map<String, Object> facts(FollowUp followUp) {
    Map<String, Object> variables = new HashMap<>();
    CLIENT_NAME.put(variables, clients.findById(followUp.getClientId()).map(Client::getName).orElse(""));
    TYPE_LABEL.put(variables, followUp.getType().label());
    PRODUCT.put(variables, followUp.getProduct());
    OWNER_NAME.put(variables, profiles.displayName(followUp.getOwner()) + " (" + followUp.getOwner() + ")");
    DUE_ON_LABEL.put(variables, format(followUp.getDueOn()));
    MAX_DUE_ON_LABEL.put(variables, format(followUp.getMaxDueOn()));
    RENEWAL_HINT.put(variables, renewalHint(followUp));
    OPENING_OBSERVATION.put(variables, followUp.getObservation());
    return variables;
  }

  private String renewalHint(FollowUp followUp) {
    FollowUpDeadlines.Rule rule = deadlines.rule(followUp.getType());
    if (!rule.renewable()) {
      return "Este tipo de agendamento não se renova: conclua-o ou registre a venda.";
    }
    if (!followUp.getDueOn().isBefore(followUp.getMaxDueOn())) {
      return "Já está no prazo máximo: não se renova mais.";
    }
    return "Pode renovar: sem nova data, o prazo passa para " + format(deadlines.renewal(followUp, null))
        + " (máximo " + format(followUp.getMaxDueOn()) + ").";
  }

  /** The owner's completion of FollowUpClient, checked before anything is recorded. */
  void checkCompletion(FollowUp followUp, String actor, FollowUpCompletion completion) {
    if (!followUp.getOwner().equals(actor)) {
      throw UserFacingException.forbidden("Só o responsável pelo agendamento (" + followUp.getOwner()
          + ") o conclui, renova ou registra a venda.");
    }
    requireStatus(followUp, FollowUpStatus.OPEN);
    if (completion.action() == Action.RENEW) {
      deadlines.renewal(followUp, completion.newDueOn());
    }
  }

  /** The recorded action, and when the (renewed) follow-up expires. */
  record Recorded(Action action, Instant expiresAt) {}

  @Transactional
  Recorded record(String code, String actor, FollowUpCompletion completion) {
    FollowUp followUp = locked(code);
    checkCompletion(followUp, actor, completion);
    switch (completion.action()) {
      case CONCLUDE -> {
        followUp.close(FollowUpStatus.CONCLUDED, actor, completion.observation());
        log(followUp, Kind.CONCLUDED, actor, completion.observation());
      }
      case RENEW -> {
        LocalDate before = followUp.getDueOn();
        followUp.renewTo(deadlines.renewal(followUp, completion.newDueOn()));
        log(followUp, Kind.RENEWED, actor, "Prazo de " + format(before) + " para " + format(followUp.getDueOn())
            + (completion.observation() == null ? "" : ". " + completion.observation()));
      }
      case SOLD -> {
        followUp.close(FollowUpStatus.SOLD, actor, completion.saleDescription());
        log(followUp, Kind.SOLD, actor, completion.saleDescription()
            + (completion.observation() == null ? "" : ". " + completion.observation()));
        publisher.publishEvent(new FollowUpSold(followUp.getCode(), followUp.getClientId(), followUp.getProduct(),
            followUp.getOwner(), completion.saleDescription()));
      }
    }
    return new Recorded(completion.action(), followUp.expiresAt());
  }

  /** A supervisor's decision on ValidateFollowUp, checked before anything is recorded. */
  void checkValidation(FollowUp followUp, String actor) {
    requireStatus(followUp, FollowUpStatus.PENDING_VALIDATION);
    // Whoever opened it either: handing it to a seller first does not make it someone else's request.
    if (followUp.getOwner().equals(actor) || actor.equals(followUp.getCreatedBy())) {
      throw UserFacingException.badRequest("Quem abriu o agendamento ou é o responsável por ele não o valida: ele fica para outro gestor.");
    }
  }

  /** Whether it was approved. */
  @Transactional
  boolean recordValidation(String code, String actor, Validation validation) {
    FollowUp followUp = locked(code);
    checkValidation(followUp, actor);
    if (validation.decision() == Decision.APPROVE) {
      followUp.approve(actor);
      log(followUp, Kind.VALIDATED, actor, validation.note());
      return true;
    }
    followUp.close(FollowUpStatus.REJECTED, actor, validation.note());
    log(followUp, Kind.REJECTED, actor, validation.note());
    return false;
  }

  /** The timer: the last day ended with nothing done. */
  @Transactional
  void expire(String code) {
    FollowUp followUp = locked(code);
    if (followUp.getStatus().isLive()) {
      boolean unvalidated = followUp.getStatus() == FollowUpStatus.PENDING_VALIDATION;
      followUp.close(FollowUpStatus.EXPIRED, null, null);
      log(followUp, Kind.EXPIRED, null, "O prazo terminou em " + format(followUp.getDueOn())
          + (unvalidated ? " sem a validação do gestor." : " sem conclusão."));
    }
  }

  /**
   * Seed 002 "Retirar o agendamento de vendas já realizadas": a sale by {@code seller} of
   * {@code product} to the client closes the seller's OPEN follow-ups of that product (compared
   * without case, accents or surrounding spaces) as SOLD and ends their processes; follow-ups of
   * other products or other owners stay with them. Answers the codes closed.
   */
  @Transactional
  public List<String> closeForSale(long clientId, String product, String seller) {
    String key = matchKey(product);
    List<String> closed = new ArrayList<>();
    for (FollowUp candidate : followUps.findByClientIdAndStatusInOrderByDueOn(clientId, Set.of(FollowUpStatus.OPEN))) {
      if (!candidate.getOwner().equals(seller) || !matchKey(candidate.getProduct()).equals(key)) {
        continue;
      }
      FollowUp followUp = locked(candidate.getCode());
      if (followUp.getStatus() != FollowUpStatus.OPEN) {
        continue;
      }
      followUp.close(FollowUpStatus.SOLD, seller, "Venda registrada: " + product.trim());
      log(followUp, Kind.SOLD, seller, "Encerrado pela venda de " + product.trim() + " registrada na ficha do cliente.");
      runtimeService.createMessageCorrelation(Message.FollowUpClosedBySale.id())
          .processInstanceBusinessKey(followUp.getCode()).correlate();
      closed.add(followUp.getCode());
    }
    return closed;
  }

  /** The client's live follow-ups (open or waiting for validation), by deadline, for the client page and the sales rules. */
  @Transactional(readOnly = true)
  public List<FollowUpView> openOf(long clientId) {
    return followUps.findByClientIdAndStatusInOrderByDueOn(clientId, LIVE).stream().map(FollowUpView::of).toList();
  }

  /** "Meus agendamentos": the caller's open follow-ups by deadline, with the task to work. */
  @Transactional(readOnly = true)
  public List<Mine> mine(AtendeUser user) {
    List<FollowUp> open = followUps.findByOwnerAndStatusOrderByDueOnAscIdAsc(user.id(), FollowUpStatus.OPEN);
    Map<String, OpenTasks.OpenTask> tasks = openTasks.assignedTo(user.id(), KEY);
    Map<Long, String> names = clientNames(open);
    LocalDate today = BusinessTime.today();
    return open.stream().map(f -> {
      Bucket bucket = f.getDueOn().isBefore(today) ? Bucket.OVERDUE
          : f.getDueOn().isEqual(today) ? Bucket.TODAY : Bucket.LATER;
      OpenTasks.OpenTask task = tasks.get(f.getProcessInstanceId());
      return new Mine(f.getCode(), task == null ? null : task.id(), f.getClientId(), names.get(f.getClientId()),
          f.getType().name(), f.getType().label(), f.getProduct(), f.getDueOn(), f.getMaxDueOn(), f.getRenewals(),
          bucket.name(), bucket.label());
    }).toList();
  }

  /** The supervisors' view of the team; with no status, the live ones (open and waiting for validation). */
  @Transactional(readOnly = true)
  public List<TeamRow> team(AtendeUser user, String owner, String type, String status) {
    user.requireManager("A visão da equipe é dos gestores.");
    FollowUpType typeFilter = parseFilter(FollowUpType.class, type, "Tipo (type)");
    FollowUpStatus statusFilter = parseFilter(FollowUpStatus.class, status, "Situação (status)");
    List<FollowUp> rows = followUps.findTeam(Text.blankToNull(owner), typeFilter,
        statusFilter == null ? LIVE : Set.of(statusFilter), PageRequest.of(0, TEAM_PAGE));
    return rows(rows);
  }

  @Transactional(readOnly = true)
  public Detail detail(String code, AtendeUser user) {
    FollowUp followUp = byCode(code);
    if (!followUp.getOwner().equals(user.id()) && !user.isManager() && !user.worksClients()) {
      throw UserFacingException.forbidden("Você não acompanha este agendamento.");
    }
    List<HistoryLine> history = events.findByFollowUpIdOrderById(followUp.getId()).stream()
        .map(e -> new HistoryLine(BusinessTime.formatBrazilian(e.getHappenedAt()), e.getKind().name(),
            e.getKind().title(), e.getBy(), e.getDetail()))
        .toList();
    return new Detail(rows(List.of(followUp)).get(0), followUp.isBudgetSent(), followUp.getObservation(),
        followUp.getClosingNote(), history);
  }

  /** A supervisor hands a live follow-up to another member of the teams (owner away); its task follows. */
  @Transactional
  public TeamRow reassign(String code, String newOwner, AtendeUser user) {
    requireSupervisor(user, "Só o gestor transfere agendamentos.");
    String owner = Text.blankToNull(newOwner);
    if (owner == null) {
      throw UserFacingException.badRequest("Responsável (owner): informe o usuário que assume o agendamento.");
    }
    if (identityService.createGroupQuery().groupMember(owner).groupIdIn(Roles.SALES, Roles.SUPPORT, Roles.CENTRAL)
        .count() == 0) {
      throw UserFacingException.badRequest("Responsável (owner): " + owner
          + " não é das equipes comercial, suporte ou central.");
    }
    FollowUp followUp = locked(code);
    if (!followUp.getStatus().isLive()) {
      throw UserFacingException.conflict("O agendamento " + code + " já está encerrado (" + followUp.getStatus().label() + ").");
    }
    if (!followUp.getOwner().equals(owner)) {
      String before = followUp.getOwner();
      followUp.reassignTo(owner);
      log(followUp, Kind.REASSIGNED, user.id(), "De " + before + " para " + owner + ".");
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).processDefinitionKey(KEY)
          .taskDefinitionKey(UserTask.FollowUpClient.id()).singleResult();
      if (task != null) {
        taskService.setAssignee(task.getId(), owner);
      }
      runtimeService.setVariables(followUp.getProcessInstanceId(), facts(followUp));
    }
    return rows(List.of(followUp)).get(0);
  }

  /** A supervisor approves or rejects over the API what ValidateFollowUp asks in Tasklist. */
  @Transactional
  public TeamRow validate(String code, String decision, String note, AtendeUser user) {
    requireSupervisor(user, "Só o gestor valida agendamentos.");
    Validation validation = Validation.of(decision, note);
    FollowUp followUp = locked(code);
    checkValidation(followUp, user.id());
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(code).processDefinitionKey(KEY)
        .taskDefinitionKey(UserTask.ValidateFollowUp.id()).singleResult();
    if (task == null) {
      throw UserFacingException.conflict("O agendamento " + code + " não aguarda validação.");
    }
    // Taken by the supervisor first, so the task's listeners know who decided.
    taskService.setAssignee(task.getId(), user.id());
    Map<String, Object> variables = new HashMap<>();
    VALIDATION_DECISION.put(variables, validation.decision().name());
    VALIDATION_NOTE.put(variables, validation.note());
    taskService.complete(task.getId(), variables);
    return rows(List.of(followUp)).get(0);
  }

  private List<TeamRow> rows(List<FollowUp> rows) {
    Map<Long, String> names = clientNames(rows);
    Map<String, OpenTasks.OpenTask> tasks = openTasks.byInstance(rows.stream().filter(f -> f.getStatus().isLive())
        .map(FollowUp::getProcessInstanceId).filter(Objects::nonNull).toList());
    return rows.stream().map(f -> {
      OpenTasks.OpenTask task = tasks.get(f.getProcessInstanceId());
      return new TeamRow(f.getCode(), f.getClientId(), names.get(f.getClientId()), f.getType().name(),
          f.getType().label(), f.getProduct(), f.getOwner(), f.getStatus().name(), f.getStatus().label(), f.getDueOn(),
          f.getMaxDueOn(), f.getRenewals(), BusinessTime.formatBrazilian(f.getCreatedAt()),
          task == null ? null : task.id(), task == null ? null : task.taskKey());
    }).toList();
  }

  private Map<Long, String> clientNames(List<FollowUp> rows) {
    return clients.findAllById(rows.stream().map(FollowUp::getClientId).distinct().toList()).stream()
        .collect(Collectors.toMap(Client::getId, Client::getName, (a, b) -> a));
  }

  /**
   * The row locked until the transaction ends, so a completion and a sale never both close it, and
   * read again under the lock: the transaction may already hold it (the sale's candidates, the task
   * listener's read), and a locking query would answer that copy, stale once the other committed.
   */
  private FollowUp locked(String code) {
    FollowUp followUp = byCode(code);
    entityManager.refresh(followUp, LockModeType.PESSIMISTIC_WRITE);
    return followUp;
  }

  private void log(FollowUp followUp, Kind kind, String by, String detail) {
    String fitted = detail == null || detail.codePointCount(0, detail.length()) <= EVENT_DETAIL_MAX ? detail
        : detail.substring(0, detail.offsetByCodePoints(0, EVENT_DETAIL_MAX - 1)) + "…";
    events.save(new FollowUpEvent(followUp.getId(), kind, by, fitted));
  }

  private static void requireStatus(FollowUp followUp, FollowUpStatus expected) {
    if (followUp.getStatus() != expected) {
      throw UserFacingException.conflict("O agendamento " + followUp.getCode() + " está "
          + followUp.getStatus().label().toLowerCase(Locale.ROOT) + ".");
    }
  }

  private static void requireSupervisor(AtendeUser user, String refusal) {
    if (!user.isIn(Roles.SUPERVISORS) && !user.isIn(Roles.ADMIN)) {
      throw UserFacingException.forbidden(refusal);
    }
  }

  private static <E extends Enum<E>> E parseFilter(Class<E> type, String raw, String field) {
    String code = Text.blankToNull(raw);
    E value = Codes.parse(type, code);
    if (code != null && value == null) {
      throw UserFacingException.badRequest(field + " inválido: " + code + ".");
    }
    return value;
  }

  /** How two products are compared: trimmed, without case, accents or repeated spaces. */
  static String matchKey(String product) {
    String text = product == null ? "" : product.trim().replaceAll("\\s+", " ");
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
