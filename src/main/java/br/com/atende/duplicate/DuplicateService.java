package br.com.atende.duplicate;

import br.com.atende.client.ClientMerge;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistered;
import br.com.atende.client.ClientRepository;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.common.UserFacingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002 "Cadastros duplicados": a new record whose CPF/CNPJ is on another opens a task for the
 * central team; the record it keeps receives everything of the other, which is marked merged.
 */
@Service
public class DuplicateService implements ClientRecordPart {

  private final DuplicateRegistrationRepository registrations;
  private final ClientRepository clients;
  private final RuntimeService runtimeService;
  private final ObjectProvider<ClientMerge> merges;

  public DuplicateService(DuplicateRegistrationRepository registrations, ClientRepository clients,
      RuntimeService runtimeService, ObjectProvider<ClientMerge> merges) {
    this.registrations = registrations;
    this.clients = clients;
    this.runtimeService = runtimeService;
    this.merges = merges;
  }

  /**
   * In the registering transaction, not after its commit: a record is never stored as a duplicate
   * without the central team's task, and a failure to open the task refuses the registration.
   */
  @EventListener
  @Transactional
  public void onRegistered(ClientRegistered registered) {
    if (registered.duplicateOf() == null) {
      return;
    }
    DuplicateRegistration registration =
        registrations.save(new DuplicateRegistration(registered.clientId(), registered.duplicateOf()));
    registration.assignCode();
    registration.startedAs(runtimeService.startProcessInstanceByKey(DuplicateRegistrationProcess.KEY,
        registration.getCode()).getId());
  }

  /** The registration a task is about, by its business key. */
  @Transactional(readOnly = true)
  public DuplicateRegistration registration(String code) {
    return registrations.findByCode(code).orElseThrow(() -> UserFacingException.badRequest(
        "Nenhum cadastro duplicado com o código " + code + "."));
  }

  /** The central team's choice, checked against the records as they are now. */
  @Transactional
  public void treat(String code, Keep keep, List<ChecklistItem> done, String observation, String user) {
    DuplicateRegistration registration = registration(code);
    if (!DuplicateRegistration.OPEN.equals(registration.getStatus())) {
      throw UserFacingException.conflict("O cadastro duplicado " + code + " já foi tratado.");
    }
    for (long id : List.of(registration.getClientId(), registration.getExistingId())) {
      Client client = client(id);
      if (client.getMergedInto() != null) {
        throw UserFacingException.conflict("A ficha do cliente " + id + " já foi mesclada na do cliente "
            + client.getMergedInto() + ": trate o cadastro duplicado por aquela ficha.");
      }
    }
    registration.treated(keep, done.stream().map(Enum::name).collect(Collectors.joining(",")), observation, user);
  }

  /** Moves every feature's rows of the merged record to the kept one and marks it merged. */
  @Transactional
  public void merge(String code) {
    DuplicateRegistration registration = registration(code);
    Client kept = client(registration.getKeptId());
    Client merged = client(registration.getMergedId());
    merges.orderedStream().forEach(merge -> merge.merge(merged.getId(), kept.getId()));
    merged.mergeInto(kept);
  }

  /** "Cliente 42 · Maria · (62) 99999-0000 · CPF/CNPJ 123… · cadastrado por ana em 30/11/2026 10:00". */
  String describe(long clientId) {
    Client client = client(clientId);
    List<String> parts = new ArrayList<>(List.of("Cliente " + client.getId(), client.getName(),
        Phones.display(client.getPhone())));
    if (client.getCpfCnpj() != null) {
      parts.add("CPF/CNPJ " + client.getCpfCnpj());
    }
    if (client.getEmail() != null) {
      parts.add(client.getEmail());
    }
    parts.add("cadastrado" + (client.getCreatedBy() == null ? "" : " por " + client.getCreatedBy()) + " em "
        + BusinessTime.formatBrazilian(client.getCreatedAt()));
    return String.join(" · ", parts);
  }

  String clientName(long clientId) {
    return client(clientId).getName();
  }

  @Override
  public List<String> alerts(Client client) {
    List<String> alerts = new ArrayList<>();
    if (client.getMergedInto() != null) {
      alerts.add("Ficha mesclada no cliente " + client.getMergedInto() + " pela central de cadastros: use aquela ficha.");
    }
    for (DuplicateRegistration registration : registrations.involving(client.getId())) {
      if (!DuplicateRegistration.OPEN.equals(registration.getStatus())) {
        continue;
      }
      alerts.add(registration.getClientId().equals(client.getId())
          ? "Cadastro duplicado: o CPF/CNPJ já está no cliente " + registration.getExistingId()
              + "; a central de cadastros decide qual ficha fica."
          : "Cadastro duplicado: o cliente " + registration.getClientId() + " repete este CPF/CNPJ; a central de "
              + "cadastros decide qual ficha fica.");
    }
    return alerts;
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    return registrations.involving(client.getId()).stream()
        .filter(registration -> DuplicateRegistration.TREATED.equals(registration.getStatus()))
        .map(registration -> new TimelineEntry(registration.getTreatedAt(), "DUPLICATE",
            "Cadastro duplicado tratado pela central: ficha do cliente " + registration.getKeptId()
                + " mantida, a do cliente " + registration.getMergedId() + " mesclada nela",
            detail(registration), registration.getTreatedBy(), registration.getCode(), null))
        .toList();
  }

  private static String detail(DuplicateRegistration registration) {
    List<String> done = registration.getChecklist() == null || registration.getChecklist().isEmpty() ? List.of()
        : Arrays.stream(registration.getChecklist().split(",")).map(code -> ChecklistItem.valueOf(code).label())
            .toList();
    String text = done.isEmpty() ? "Nenhuma ação do checklist marcada." : "Feito: " + String.join(", ", done) + ".";
    return registration.getObservation() == null ? text : text + " " + registration.getObservation();
  }

  private Client client(long id) {
    return clients.findById(id).orElseThrow(() -> UserFacingException.notFound("Cliente " + id + " não encontrado."));
  }
}
