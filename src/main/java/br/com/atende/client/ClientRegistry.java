package br.com.atende.client;

import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.common.BusinessTime;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import br.com.atende.optout.OptOutLedger.OptOut;
import br.com.atende.optout.OptOutSource;
import br.com.atende.security.AtendeUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * The one client registry: create, find, edit and show a client's record with what every feature
 * adds to it ({@link ClientRecordPart}). Seed 002's teams, supervisors, BI and admins work every
 * client; others see a client only when a feature lets them (the dealer's agent of an event).
 */
@Service
public class ClientRegistry {

  static final String SEE_REFUSAL =
      "Só quem atende este cliente (o responsável por um evento dele, o comercial, o suporte ou a central) "
          + "ou um supervisor pode ver o cliente.";
  static final String REGISTER_REFUSAL =
      "Cadastrar ou alterar clientes é do comercial, do suporte, da central de cadastros ou de um supervisor.";
  static final String PART_UNAVAILABLE = "Parte da ficha indisponível no momento (erro registrado para o suporte); "
      + "o restante da ficha está abaixo.";
  private static final int SEARCH_LIMIT = 50;
  private static final Logger LOG = LoggerFactory.getLogger(ClientRegistry.class);

  public record NewClient(String name, String phone, String cpfCnpj, String email, Boolean noWhatsapp,
      Boolean wantsNewCar) {}

  public record ClientEdit(String name, String phone, String cpfCnpj, String email) {}

  public record Found(Long id, String name, String phone, String cpfCnpj, String email, Long duplicateOf) {}

  private final ClientRepository clients;
  // Asked lazily: the features that add parts use the registry themselves.
  private final ObjectProvider<ClientRecordPart> parts;
  private final ApplicationEventPublisher events;
  private final OptOutLedger optOuts;

  public ClientRegistry(ClientRepository clients, ObjectProvider<ClientRecordPart> parts,
      ApplicationEventPublisher events, OptOutLedger optOuts) {
    this.clients = clients;
    this.parts = parts;
    this.events = events;
    this.optOuts = optOuts;
  }

  /** Whether the user works the registry: seed 002's teams and the managers. */
  public static boolean works(AtendeUser user) {
    return user.worksClients() || user.isManager();
  }

  public static AtendeUser requireWorks(AtendeUser user) {
    if (!works(user)) {
      throw UserFacingException.forbidden(REGISTER_REFUSAL);
    }
    return user;
  }

  /** A new record; a CPF/CNPJ already on another record still creates it, flagged as that one's duplicate. */
  @Transactional
  public Client create(NewClient request, AtendeUser user) {
    requireWorks(user);
    return register(request, user.id());
  }

  /** A new record for someone already allowed (the demo data, an import, a feature's own check). */
  @Transactional
  public Client register(NewClient request, String createdBy) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados do cliente.");
    }
    ContactData data = ContactData.check(request.name(), request.phone(), request.cpfCnpj(), request.email());
    Text.requireMaxLength(data.name(), 200, "Nome");
    Long duplicateOf = duplicateOf(data.cpfCnpj(), null);
    Client client = clients.save(new Client(data, Boolean.TRUE.equals(request.wantsNewCar()), duplicateOf, createdBy));
    if (Boolean.TRUE.equals(request.noWhatsapp())) {
      markNoWhatsapp(client, true, "no cadastro do cliente", createdBy);
    }
    // Features react (the central team's duplicate task) without the registry knowing them.
    events.publishEvent(new ClientRegistered(client.getId(), duplicateOf, createdBy));
    return client;
  }

  @Transactional
  public void edit(Long id, ClientEdit edit, AtendeUser user) {
    requireWorks(user);
    Client client = client(id);
    if (edit == null) {
      throw UserFacingException.badRequest("Informe os dados do cliente.");
    }
    ContactData data = ContactData.check(edit.name(), edit.phone(), edit.cpfCnpj(), edit.email());
    String before = client.getCpfCnpj();
    client.edit(Text.requireMaxLength(data.name(), 200, "Nome"), data.phone(), data.cpfCnpj(), data.email());
    // A CPF/CNPJ typed in later goes to the central team like one given at registration.
    Long duplicateOf = data.cpfCnpj() == null || data.cpfCnpj().equals(before) || client.getDuplicateOf() != null
        ? null : duplicateOf(data.cpfCnpj(), client.getId());
    if (duplicateOf != null) {
      client.flagDuplicateOf(duplicateOf);
      events.publishEvent(new ClientRegistered(client.getId(), duplicateOf, user.id()));
    }
  }

  /** The oldest other record, not merged, with this CPF/CNPJ; null when none. */
  private Long duplicateOf(String cpfCnpj, Long self) {
    return cpfCnpj == null ? null : clients.findByCpfCnpjAndMergedIntoIsNullOrderById(cpfCnpj).stream()
        .map(Client::getId).filter(id -> !id.equals(self)).findFirst().orElse(null);
  }

  /**
   * By name (a part of it, without case or accents), phone (formatted or not, its last digits) or
   * CPF/CNPJ (formatted or not). At most 50, by name.
   */
  @Transactional(readOnly = true)
  public List<Found> search(String q, AtendeUser user) {
    requireWorks(user);
    String query = Text.blankToNull(q);
    if (query == null || query.length() < 2) {
      throw UserFacingException.badRequest("Busca: informe ao menos 2 caracteres do nome, o telefone ou o CPF/CNPJ.");
    }
    Text.requireMaxLength(query, 200, "Busca");
    boolean onlyDigits = query.replaceAll("[\\d\\s().+\\-/]", "").isEmpty();
    String digits = query.replaceAll("\\D", "");
    List<Client> found = onlyDigits
        ? (digits.length() < 4 ? List.of() : clients.search(null, digits, PageRequest.of(0, SEARCH_LIMIT)))
        : clients.search(Text.key(query), null, PageRequest.of(0, SEARCH_LIMIT));
    return found.stream().map(ClientRegistry::found).toList();
  }

  /**
   * The record as the client page shows it: its data, what each feature adds, the timeline (newest
   * first), alerts. Each part reads in its own transaction, so one that fails (a row it no longer
   * understands) leaves an alert and the rest of the record, not a 500 for the whole page.
   */
  public Map<String, Object> view(Long id, AtendeUser user) {
    Client client = client(id);
    requireSee(user, client);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", client.getId());
    view.put("name", client.getName());
    view.put("phone", Phones.display(client.getPhone()));
    view.put("cpfCnpj", client.getCpfCnpj());
    view.put("email", client.getEmail());
    view.put("noWhatsapp", noWhatsapp(client));
    view.put("wantsNewCar", client.isWantsNewCar());
    view.put("duplicateOf", client.getDuplicateOf());
    view.put("mergedInto", client.getMergedInto());
    List<TimelineEntry> timeline = new ArrayList<>();
    List<String> alerts = new ArrayList<>();
    // The duplicate's alert is the duplicate feature's part: it ends when the central team treats it.
    for (ClientRecordPart part : parts.orderedStream().toList()) {
      try {
        Map<String, Object> fields = part.fields(client);
        List<TimelineEntry> lines = part.timeline(client);
        List<String> partAlerts = part.alerts(client);
        view.putAll(fields);
        timeline.addAll(lines);
        alerts.addAll(partAlerts);
      } catch (RuntimeException e) {
        LOG.error("Client {}: {} failed; the record is shown without it", id, ClassUtils.getUserClass(part).getSimpleName(), e);
        alerts.add(PART_UNAVAILABLE);
      }
    }
    timeline.add(new TimelineEntry(client.getCreatedAt(), "CLIENT", "Cliente cadastrado", null, client.getCreatedBy(),
        String.valueOf(client.getId()), null));
    timeline.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
    view.put("timeline", timeline);
    view.put("alerts", alerts);
    return view;
  }

  /**
   * "Não quer WhatsApp" (seed 004, LGPD): the opt-out ledger's WhatsApp channel for the client's
   * phone, so a number on Não Me Ligue or opted out elsewhere is no WhatsApp client here either.
   */
  public boolean noWhatsapp(Client client) {
    return optOuts.blocks(client.getPhone(), OptOutChannel.WHATSAPP);
  }

  /** The phones of these clients that may not get WhatsApp, in one query (the agenda's rows). */
  public Set<String> noWhatsappPhones(Collection<Client> some) {
    return new HashSet<>(optOuts.blocked(some.stream().map(Client::getPhone).toList(), OptOutChannel.WHATSAPP));
  }

  /** The ledger row that keeps the client off WhatsApp, if any: the reason a dispatch is not sent. */
  public Optional<OptOut> whatsappOptOut(Client client) {
    return optOuts.blocking(client.getPhone(), OptOutChannel.WHATSAPP);
  }

  /**
   * Marks "Não quer WhatsApp" as a client's request in the ledger, with where and who as proof. The
   * ledger never forgets a request (its proof must survive, LGPD), so the mark cannot be taken off.
   */
  @Transactional
  public void markNoWhatsapp(Client client, boolean noWhatsapp, String where, String by) {
    Optional<OptOut> current = whatsappOptOut(client);
    if (noWhatsapp && current.isEmpty()) {
      String who = by == null ? "sistema" : by;
      optOuts.record(client.getPhone(), OptOutChannel.WHATSAPP, OptOutSource.CLIENT_REQUEST, "\"Não quer WhatsApp\" "
          + where + " " + client.getId() + " (" + client.getName() + ") por " + who + " em "
          + BusinessTime.formatBrazilian(BusinessTime.now()), who);
    } else if (!noWhatsapp && current.isPresent()) {
      throw UserFacingException.conflict("O número deste cliente está no registro de descadastros de WhatsApp ("
          + current.get().describe() + "): o pedido e sua prova ficam guardados e não se desfazem pela ficha.");
    }
  }

  /** The client, or a pt-BR 404 (400 when no id is given). */
  @Transactional(readOnly = true)
  public Client client(Long id) {
    if (id == null) {
      throw UserFacingException.badRequest("Informe o cliente.");
    }
    return clients.findById(id).orElseThrow(() -> UserFacingException.notFound("Cliente " + id + " não encontrado."));
  }

  /**
   * The oldest record not merged into another with this phone (E.164), else this CPF/CNPJ (digits):
   * who a contact is when it names no record.
   */
  @Transactional(readOnly = true)
  public Optional<Client> findLive(String phone, String cpfCnpj) {
    List<Client> found = phone == null ? List.of() : clients.findByPhoneAndMergedIntoIsNullOrderById(phone);
    if (found.isEmpty() && cpfCnpj != null) {
      found = clients.findByCpfCnpjAndMergedIntoIsNullOrderById(cpfCnpj);
    }
    return found.stream().findFirst();
  }

  /** The client, when the user works the registry; the pt-BR 403/404 otherwise. */
  @Transactional(readOnly = true)
  public Client clientFor(Long id, AtendeUser user) {
    requireWorks(user);
    return client(id);
  }

  private void requireSee(AtendeUser user, Client client) {
    if (!works(user) && parts.stream().noneMatch(part -> part.letsSee(user, client))) {
      throw UserFacingException.forbidden(SEE_REFUSAL);
    }
  }

  private static Found found(Client client) {
    return new Found(client.getId(), client.getName(), Phones.display(client.getPhone()), client.getCpfCnpj(),
        client.getEmail(), client.getDuplicateOf());
  }
}
