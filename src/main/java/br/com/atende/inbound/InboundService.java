package br.com.atende.inbound;

import static br.com.atende.inbound.InboundContactProcess.*;

import br.com.atende.availability.Availability;
import br.com.atende.availability.AvailabilityStatus;
import br.com.atende.client.Channel;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Documents;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.followup.FollowUpService;
import br.com.atende.followup.FollowUpType;
import br.com.atende.followup.FollowUpView;
import br.com.atende.interaction.InteractionService;
import br.com.atende.interaction.InteractionService.NewInteraction;
import br.com.atende.interaction.Purpose;
import br.com.atende.invoice.InvoiceService;
import br.com.atende.sale.SaleService;
import br.com.atende.sale.SaleService.NewSale;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import br.com.atende.security.UserProfiles;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002 "Vendas (receptivo)": a contact a client made is registered by whoever received it,
 * routed by DMN inbound-routing (the follow-up's owner, who inactivated the client, or a team),
 * handed to the sales team when the person does not answer in time, and attended: sold, quote
 * sent (the 2-day follow-up), handed to sales or resolved, each on the client's timeline.
 */
@Service
public class InboundService implements ClientRecordPart {

  /** Types of follow-up "sem contato": the manual's "pode seguir o atendimento normal". */
  static final Set<String> NO_CONTACT_TYPES = Set.of(FollowUpType.SALE_NO_CONTACT.name(), FollowUpType.NO_CONTACT.name());

  public record NewContact(Long clientId, String phone, String cpfCnpj, String channel, String intent, String product,
      String message) {}

  /** {"user": …} or {"group": …}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RoutedTo(String user, String group) {}

  public record Received(String code, String processInstanceId, RoutedTo routedTo, String rule, String explanation) {}

  public record ContactView(String code, Long clientId, String channel, String intent, String product, String message,
      RoutedTo routedTo, String rule, String ruleExplanation, String status, String outcome, String note,
      String clientAnswer, Long saleId, String followUpCode, String attendedBy, boolean handedOver) {}

  private final InboundContactRepository contacts;
  private final ClientRegistry registry;
  private final FollowUpService followUps;
  private final Availability availability;
  private final InactivationService inactivations;
  private final InboundRouting routing;
  private final InvoiceService invoices;
  private final RecontractRules recontract;
  private final SaleService sales;
  private final InteractionService interactions;
  private final UserProfiles profiles;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;

  public InboundService(InboundContactRepository contacts, ClientRegistry registry, FollowUpService followUps,
      Availability availability, InactivationService inactivations, InboundRouting routing, InvoiceService invoices,
      RecontractRules recontract, SaleService sales, InteractionService interactions, UserProfiles profiles, RuntimeService runtimeService,
      TaskService taskService, IdentityService identityService) {
    this.contacts = contacts;
    this.registry = registry;
    this.followUps = followUps;
    this.availability = availability;
    this.inactivations = inactivations;
    this.routing = routing;
    this.invoices = invoices;
    this.recontract = recontract;
    this.sales = sales;
    this.interactions = interactions;
    this.profiles = profiles;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * "Cliente fez o contato": whoever received it registers it against an existing record (found by
   * id, else phone, else CPF/CNPJ; an unknown client is registered first on the client page, so
   * there is one way to create a record and its duplicate check). Everything is checked before
   * anything is stored; the routing runs inside the start and is answered here.
   */
  @Transactional
  public Received receive(NewContact request, AtendeUser user) {
    if (!user.worksClients() && !user.isIn(Roles.SUPERVISORS) && !user.isIn(Roles.ADMIN)) {
      throw UserFacingException.forbidden("Registrar contatos recebidos é do comercial, do suporte, da central "
          + "de cadastros ou de um supervisor.");
    }
    if (request == null) {
      throw UserFacingException.badRequest("Informe o contato recebido.");
    }
    Channel channel = Codes.require(Channel.class, request.channel(), "Canal (channel)");
    Intent intent = Codes.require(Intent.class, request.intent(), "Intenção (intent)");
    String product = Text.requireMaxLength(Text.blankToNull(request.product()), 200, "Produto/serviço (product)");
    String message = Text.requireMaxLength(Text.blankToNull(request.message()), 4000, "Mensagem (message)");
    Client client = clientOf(request);
    InboundContact contact = contacts.saveAndFlush(new InboundContact(client.getId(), channel, intent, product, message,
        user.id()));
    contact.assignCode();
    contact.startedAs(runtimeService.startProcessInstanceByKey(KEY, contact.getCode()).getId());
    return new Received(contact.getCode(), contact.getProcessInstanceId(), routedTo(contact), contact.getRule(),
        contact.getRuleExplanation());
  }

  private Client clientOf(NewContact request) {
    if (request.clientId() != null) {
      Client client = registry.client(request.clientId());
      return client.getMergedInto() == null ? client : registry.client(client.getMergedInto());
    }
    String rawPhone = Text.blankToNull(request.phone());
    String rawDocument = Text.blankToNull(request.cpfCnpj());
    if (rawPhone == null && rawDocument == null) {
      throw UserFacingException.badRequest("Cliente (clientId, phone ou cpfCnpj): informe a ficha, o telefone ou o "
          + "CPF/CNPJ de quem fez o contato.");
    }
    String phone = rawPhone == null ? null : Phones.toE164(rawPhone).orElseThrow(() -> UserFacingException.badRequest(
        "Telefone (phone) inválido: " + rawPhone + " (informe DDD e número)."));
    String document = rawDocument == null ? null : Documents.cpfCnpjDigits(rawDocument);
    if (rawDocument != null && document == null) {
      throw UserFacingException.badRequest("CPF/CNPJ (cpfCnpj) inválido: " + rawDocument + ".");
    }
    return registry.findLive(phone, document).orElseThrow(() -> UserFacingException.notFound(
        "Nenhuma ficha com este telefone ou CPF/CNPJ: cadastre o cliente (quem recebe o contato cadastra) e "
            + "registre o contato na ficha dele."));
  }

  /** RouteContact: the table decides from the client's follow-ups, availability and inactivation; kept on the row. */
  @Transactional
  RouteTo route(String code) {
    InboundContact contact = locked(code);
    long clientId = contact.getClientId();
    String productKey = Text.key(contact.getProduct());
    // A named product asks for a follow-up of that product (item 3: another product is whoever attends);
    // a contact that names none is the client's, held by any valid #venda follow-up.
    List<FollowUpView> live = followUps.openOf(clientId).stream()
        .filter(f -> productKey == null || Text.key(f.product()).equals(productKey)).toList();
    Optional<FollowUpView> valid = live.stream().filter(FollowUpView::holdsClient).findFirst();
    boolean noContact = live.stream().anyMatch(f -> "OPEN".equals(f.status()) && NO_CONTACT_TYPES.contains(f.type()));
    Optional<Inactivation> inactivation = inactivations.inForce(clientId);
    boolean manualInactivation = inactivation.filter(i -> i.getKind() == InactivationKind.MANUAL).isPresent();
    String holder = contact.getIntent() == Intent.RECONTRACT
        ? (manualInactivation ? inactivation.get().getInactivatedBy() : null)
        : valid.map(FollowUpView::owner).orElse(null);
    AvailabilityStatus holderStatus = holder == null ? AvailabilityStatus.AVAILABLE : availability.of(holder);
    InboundRouting.Decision decision = routing.decide(new InboundRouting.Facts(contact.getIntent().name(),
        valid.isPresent(), holderStatus.name(), noContact,
        inactivation.map(i -> i.getKind().name()).orElse("NONE"),
        inactivation.map(InactivationService::daysSince).orElse(InboundRouting.NO_INACTIVATION)));
    String user = switch (decision.routeTo()) {
      case OWNER -> valid.orElseThrow().owner();
      case INACTIVATOR -> inactivation.orElseThrow().getInactivatedBy();
      case GROUP -> null;
    };
    contact.routed(decision.routeTo(), user, decision.group(), decision.rule(), decision.explanation());
    return decision.routeTo();
  }

  /** The timer: the routed person did not answer in time; the open task goes to any free member of sales. */
  @Transactional
  void handOverForNoAnswer(String code) {
    InboundContact contact = locked(code);
    if (!InboundContact.OPEN.equals(contact.getStatus()) || !contact.getRouteTo().isPerson()) {
      return;
    }
    String late = contact.getRoutedUser();
    contact.handedToTeam(Roles.SALES, "NO_ANSWER_IN_TIME", profiles.displayName(late) + " (" + late + ") não "
        + "respondeu a tempo: qualquer um da equipe de vendas que esteja liberado atende (\"se ele não responder, "
        + "encaminhar para qualquer um que esteja liberado na hora\").");
    Task task = taskService.createTaskQuery().processInstanceId(contact.getProcessInstanceId())
        .taskDefinitionKey(UserTask.AttendInbound.id()).singleResult();
    if (task != null) {
      taskService.setAssignee(task.getId(), null);
      taskService.addCandidateGroup(task.getId(), Roles.SALES);
    }
    Map<String, Object> shown = new HashMap<>();
    RULE.put(shown, contact.getRule());
    RULE_EXPLANATION.put(shown, contact.getRuleExplanation());
    runtimeService.setVariables(contact.getProcessInstanceId(), shown);
  }

  public InboundContact byCode(String code) {
    return contacts.findByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Contato " + code + " não encontrado."));
  }

  @Transactional(readOnly = true)
  public ContactView view(String code, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    InboundContact c = byCode(code);
    return new ContactView(c.getCode(), c.getClientId(), c.getChannel().name(), c.getIntent().name(), c.getProduct(),
        c.getMessage(), routedTo(c), c.getRule(), c.getRuleExplanation(), c.getStatus(),
        c.getOutcome() == null ? null : c.getOutcome().name(), c.getNote(), c.getClientAnswer(), c.getSaleId(),
        c.getFollowUpCode(), c.getAttendedBy(), c.getHandedOverAt() != null);
  }

  /** Who gets the task and what the form shows, from the row and the client's record. */
  void assignAndShow(InboundContact contact, org.camunda.bpm.engine.delegate.DelegateTask task) {
    if (contact.getRoutedUser() != null) {
      task.setAssignee(contact.getRoutedUser());
    } else {
      task.addCandidateGroup(contact.getRoutedGroup());
    }
    Client client = registry.client(contact.getClientId());
    Map<String, Object> shown = new HashMap<>();
    CONTACT_CODE.put(shown, contact.getCode());
    CLIENT_NAME.put(shown, client.getName());
    CLIENT_PHONE.put(shown, Phones.display(client.getPhone()));
    INTENT_LABEL.put(shown, contact.getIntent().label());
    CHANNEL_LABEL.put(shown, contact.getChannel().label());
    MESSAGE.put(shown, contact.getMessage() == null ? "(sem mensagem)" : contact.getMessage());
    RULE.put(shown, contact.getRule());
    RULE_EXPLANATION.put(shown, contact.getRuleExplanation());
    List<String> alerts = new ArrayList<>();
    invoices.openInvoicesAlert(client.getId()).ifPresent(alerts::add);
    inactivations.inForce(client.getId()).ifPresent(i -> alerts.add(inactivations.alert(i)));
    ALERTS.put(shown, alerts.isEmpty() ? "Nenhum alerta." : String.join("\n\n", alerts));
    PRODUCT.put(shown, contact.getProduct());
    RECONTRACT.put(shown, contact.getIntent() == Intent.RECONTRACT);
    ASK_CLIENT_ANSWER.put(shown, asksClientAnswer(contact));
    task.getExecution().setVariables(shown);
  }

  /** Item 5: after a manual inactivation, "Necessário que o cliente responda a mensagem, mesmo que de forma negativa". */
  boolean asksClientAnswer(InboundContact contact) {
    return contact.getIntent() == Intent.RECONTRACT && inactivations.inForce(contact.getClientId())
        .filter(i -> i.getKind() == InactivationKind.MANUAL).isPresent();
  }

  /** A completion read and checked before anything is recorded; a refusal leaves the task open. */
  InboundCompletion check(String code, String actor, VariableScope scope) {
    InboundContact contact = byCode(code);
    if (!InboundContact.OPEN.equals(contact.getStatus())) {
      throw UserFacingException.conflict("O contato " + code + " já foi atendido.");
    }
    InboundCompletion completion = InboundCompletion.from(scope, contact, asksClientAnswer(contact));
    if (completion.outcome() == Outcome.HANDED_TO_SALES && contact.getRouteTo() == RouteTo.GROUP
        && Roles.SALES.equals(contact.getRoutedGroup())) {
      throw UserFacingException.badRequest("Resultado (inboundOutcome): o contato já está com a equipe comercial; "
          + "atenda-o, venda ou registre o que foi resolvido.");
    }
    // Item 7, DMN recontract-debt: "a venda para este cliente não pode efetuar desconto, exceto se vier através de
    // campanha de disparo".
    if (completion.discount() && !recontract.of(contact.getIntent(), contact.getClientId(),
        completion.fromDispatchCampaign()).discountAllowed()) {
      throw UserFacingException.badRequest("Desconto (discount): o cliente tem dívida anterior a 1 ano, que é abonada "
          + "nesta recontratação; a venda não pode ter desconto, exceto se vier de campanha de disparo "
          + "(fromDispatchCampaign).");
    }
    return completion;
  }

  /** RecordOutcome: the sale, the follow-up, the hand-over or the note, and always a line on the client's timeline. */
  @Transactional
  Outcome record(String code, String actor, VariableScope scope) {
    InboundCompletion completion = check(code, actor, scope);
    InboundContact contact = locked(code);
    AtendeUser user = new AtendeUser(actor, identityService.createGroupQuery().groupMember(actor).list().stream()
        .map(Group::getId).collect(Collectors.toUnmodifiableSet()));
    long clientId = contact.getClientId();
    StringBuilder summary = new StringBuilder("Contato recebido " + contact.getCode() + " (" + contact.getIntent().label()
        + "): " + completion.outcome().label());
    Purpose purpose = contact.getIntent() == Intent.SUPPORT ? Purpose.SUPPORT : Purpose.SALE;
    switch (completion.outcome()) {
      case SOLD -> {
        RecontractRules.Verdict verdict = recontract.of(contact.getIntent(), clientId, completion.fromDispatchCampaign());
        boolean waive = verdict.waiveDebt();
        if (waive) {
          summary.append(". Dívida anterior a 1 ano abonada: ").append(invoices.waiveDebtsDueBefore(clientId,
                  verdict.waiveDueBefore(), actor)
              .stream().map(InvoiceService.InvoiceView::number).collect(Collectors.joining(", ")));
        }
        String description = completion.saleDescription()
            + (completion.discount() ? (completion.fromDispatchCampaign() ? " · Com desconto (campanha de disparo)"
            : " · Com desconto") : "");
        SaleService.Registered sale = sales.register(clientId, new NewSale(completion.product(), description,
            contact.getChannel().name()), user);
        if (contact.getIntent() == Intent.RECONTRACT) {
          inactivations.reactivate(clientId, actor);
        }
        summary.append(" · ").append(completion.product()).append(": ").append(description);
        contact.attended(Outcome.SOLD, completion.note(), completion.clientAnswer(), sale.id(), null, actor);
      }
      case QUOTE_SENT -> {
        purpose = Purpose.QUOTE;
        // "deve cobrar retorno desse e-mail - aguarda até 2 dias – pode agendar conforme regra".
        FollowUpService.Opened followUp = followUps.chase(clientId, completion.product(), actor,
            "Orçamento enviado no contato " + contact.getCode() + ": cobrar o retorno do cliente."
                + (completion.note() == null ? "" : " " + completion.note()));
        summary.append(" · ").append(completion.product()).append(". Agendamento ").append(followUp.code())
            .append(" para cobrar o retorno");
        contact.attended(Outcome.QUOTE_SENT, completion.note(), completion.clientAnswer(), null, followUp.code(), actor);
      }
      case HANDED_TO_SALES -> contact.handedToTeam(Roles.SALES, "HANDED_TO_SALES", "Passado à equipe comercial por "
          + profiles.displayName(actor) + " (" + actor + ")" + (completion.note() == null ? "." : ": " + completion.note()));
      case RESOLVED -> contact.attended(Outcome.RESOLVED, completion.note(), completion.clientAnswer(), null, null, actor);
    }
    if (completion.note() != null) {
      summary.append(". ").append(completion.note());
    }
    if (completion.clientAnswer() != null) {
      summary.append(". Resposta do cliente: ").append(completion.clientAnswer());
    }
    interactions.record(clientId, new NewInteraction(contact.getChannel().name(), purpose.name(),
        Text.requireMaxLength(summary.toString(), 4000, "Resumo"), null, completion.product()), user);
    return completion.outcome();
  }

  /** The contacts on the client's timeline: who got each and by which rule ("The rule is kept"). */
  @Override
  public List<TimelineEntry> timeline(Client client) {
    return contacts.findByClientIdOrderByCreatedAtDesc(client.getId()).stream()
        .map(c -> new TimelineEntry(c.getCreatedAt(), "INBOUND", "Contato recebido · " + c.getIntent().label() + " · "
            + c.getChannel().label(), (c.getMessage() == null ? "" : c.getMessage() + "\n") + "Encaminhado: "
            + (c.getRoutedUser() == null ? "equipe " + c.getRoutedGroup() : c.getRoutedUser()) + " (" + c.getRule()
            + "). " + c.getRuleExplanation(), c.getCreatedBy(), c.getCode(), null))
        .toList();
  }

  private static RoutedTo routedTo(InboundContact contact) {
    return contact.getRoutedUser() != null ? new RoutedTo(contact.getRoutedUser(), null)
        : new RoutedTo(null, contact.getRoutedGroup());
  }

  private InboundContact locked(String code) {
    return contacts.lockByCode(code)
        .orElseThrow(() -> UserFacingException.notFound("Contato " + code + " não encontrado."));
  }
}
