package br.com.atende.thirdparty;

import static br.com.atende.thirdparty.HolderValidationProcess.*;

import br.com.atende.client.Client;
import br.com.atende.client.ClientMerge;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.ClientRegistry.ClientEdit;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.Documents;
import br.com.atende.common.Phones;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002, "Contratação de produto/serviço por terceiros": a third party may contract, but a change
 * of the holder's sensitive data (name, CPF/CNPJ, e-mail) they ask for waits until the sales team
 * validates it with the holder, and is applied through the registry only when the holder confirms.
 */
@Service
public class DataChangeService implements ClientRecordPart, ClientMerge {

  public record NewRequest(String name, String cpfCnpj, String email, String requestedBy, String relation) {}

  public record Requested(String code, String processInstanceId, String status) {}

  private final DataChangeRequestRepository requests;
  private final ClientRegistry registry;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public DataChangeService(DataChangeRequestRepository requests, ClientRegistry registry,
      RuntimeService runtimeService, IdentityService identityService) {
    this.requests = requests;
    this.registry = registry;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** Everything is checked before anything is stored; the holder's validation starts with it. */
  @Transactional
  public Requested request(Long clientId, NewRequest request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    if (request == null) {
      throw UserFacingException.badRequest("Informe os dados a alterar, quem pediu e a relação com o titular.");
    }
    String name = Text.requireMaxLength(Text.blankToNull(request.name()), 200, "Nome do titular (name)");
    String rawDocument = Text.blankToNull(request.cpfCnpj());
    String document = rawDocument == null ? null : Documents.cpfCnpjDigits(rawDocument);
    if (rawDocument != null && document == null) {
      throw UserFacingException.badRequest("CPF/CNPJ (cpfCnpj) inválido: " + rawDocument + ".");
    }
    String email = Text.requireMaxLength(Text.blankToNull(request.email()), 200, "E-mail (email)");
    if (email != null && !Documents.validEmail(email)) {
      throw UserFacingException.badRequest("E-mail (email) inválido: " + email + ".");
    }
    name = Objects.equals(name, client.getName()) ? null : name;
    document = Objects.equals(document, client.getCpfCnpj()) ? null : document;
    email = Objects.equals(email, client.getEmail()) ? null : email;
    if (name == null && document == null && email == null) {
      throw UserFacingException.badRequest("Dados a alterar (name, cpfCnpj ou email): informe ao menos um dado "
          + "sensível diferente do que está na ficha.");
    }
    String requestedBy = Text.requireRealText(request.requestedBy(), 200, "Quem pediu (requestedBy)");
    String relation = Text.requireRealText(request.relation(), 100, "Relação com o titular (relation)");
    if (requests.findByClientIdOrderById(client.getId()).stream().anyMatch(DataChangeRequest::isPending)) {
      throw UserFacingException.conflict("O cliente " + client.getId() + " já tem uma alteração de dados aguardando "
          + "a validação do titular; conclua-a antes de pedir outra.");
    }
    DataChangeRequest row = requests.saveAndFlush(new DataChangeRequest(client.getId(), name, document, email,
        requestedBy, relation, user.id()));
    row.assignCode();
    row.startedAs(runtimeService.startProcessInstanceByKey(KEY, row.getCode()).getId());
    return new Requested(row.getCode(), row.getProcessInstanceId(), row.getStatus());
  }

  @Transactional(readOnly = true)
  public DataChangeRequest byCode(String code) {
    return requests.findByCode(code).orElseThrow(() -> UserFacingException.notFound("Alteração de dados " + code
        + " não encontrada."));
  }

  /** ValidateWithHolder's data: the record as it is now and what was asked, from the tables. */
  Map<String, Object> shown(String code) {
    DataChangeRequest row = byCode(code);
    Client client = registry.client(row.getClientId());
    Map<String, Object> shown = new HashMap<>();
    REQUEST_CODE.put(shown, row.getCode());
    CLIENT_NAME.put(shown, client.getName());
    CURRENT_DATA.put(shown, "Nome: " + client.getName() + " · Telefone: " + Phones.display(client.getPhone())
        + " · CPF/CNPJ: " + orNone(client.getCpfCnpj()) + " · E-mail: " + orNone(client.getEmail()));
    REQUESTED_CHANGE.put(shown, change(row));
    REQUESTED_BY.put(shown, who(row));
    return shown;
  }

  /** The decision, recorded once by whoever talked to the holder. */
  @Transactional
  void decide(String code, HolderDecision decision, String note, String actor) {
    DataChangeRequest row = requests.lockByCode(code).orElseThrow(() -> UserFacingException.notFound(
        "Alteração de dados " + code + " não encontrada."));
    if (!row.isPending()) {
      throw UserFacingException.conflict("A alteração de dados " + code + " já foi decidida.");
    }
    row.decided(decision, note, actor);
  }

  /**
   * ApplyDataChange: the confirmed change goes through the registry's edit, which checks the data
   * again, as the one who validated it.
   */
  @Transactional
  void apply(String code) {
    DataChangeRequest row = byCode(code);
    if (!HolderDecision.CONFIRMED.name().equals(row.getStatus())) {
      throw new IllegalStateException(code + " is " + row.getStatus() + ", not confirmed");
    }
    Client client = registry.client(row.getClientId());
    AtendeUser validator = new AtendeUser(row.getDecidedBy(), identityService.createGroupQuery()
        .groupMember(row.getDecidedBy()).list().stream().map(Group::getId).collect(Collectors.toUnmodifiableSet()));
    registry.edit(client.getId(), new ClientEdit(
        row.getNewName() == null ? client.getName() : row.getNewName(), client.getPhone(),
        row.getNewCpfCnpj() == null ? client.getCpfCnpj() : row.getNewCpfCnpj(),
        row.getNewEmail() == null ? client.getEmail() : row.getNewEmail()), validator);
  }

  @Override
  public List<String> alerts(Client client) {
    return requests.findByClientIdOrderById(client.getId()).stream().filter(DataChangeRequest::isPending)
        .map(row -> "Alteração de dados sensíveis pedida por " + who(row) + " aguarda a validação do titular ("
            + row.getCode() + "): " + change(row))
        .toList();
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    List<TimelineEntry> lines = new ArrayList<>();
    for (DataChangeRequest row : requests.findByClientIdOrderById(client.getId())) {
      lines.add(new TimelineEntry(row.getCreatedAt(), "DATA_CHANGE", "Alteração de dados pedida por terceiro: "
          + who(row), change(row), row.getCreatedBy(), row.getCode(), null));
      if (!row.isPending()) {
        boolean confirmed = HolderDecision.CONFIRMED.name().equals(row.getStatus());
        lines.add(new TimelineEntry(row.getDecidedAt(), "DATA_CHANGE", confirmed
            ? "Alteração de dados confirmada pelo titular e aplicada" : "Alteração de dados recusada pelo titular",
            row.getDecisionNote(), row.getDecidedBy(), row.getCode(), null));
      }
    }
    return lines;
  }

  @Override
  public void merge(long from, long into) {
    requests.findByClientIdOrderById(from).forEach(row -> row.moveTo(into));
  }

  /** "Maria Souza (secretária)". */
  private static String who(DataChangeRequest row) {
    return row.getRequestedBy() + " (" + row.getRelation() + ")";
  }

  private static String change(DataChangeRequest row) {
    List<String> parts = new ArrayList<>();
    if (row.getNewName() != null) {
      parts.add("nome → " + row.getNewName());
    }
    if (row.getNewCpfCnpj() != null) {
      parts.add("CPF/CNPJ → " + row.getNewCpfCnpj());
    }
    if (row.getNewEmail() != null) {
      parts.add("e-mail → " + row.getNewEmail());
    }
    return String.join("; ", parts);
  }

  private static String orNone(String value) {
    return value == null ? "(não informado)" : value;
  }
}
