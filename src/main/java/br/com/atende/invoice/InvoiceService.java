package br.com.atende.invoice;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Days;
import br.com.atende.common.Money;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's boletos (seed 002 "Procedimentos gerais" item 3): recorded by hand or imported, and the
 * alert everyone who talks to the client sees while one is past due: "deve-se alertar o cliente. Em
 * caso de novas vendas, pode-se efetuar a venda e cobrar o cliente educadamente."
 */
@Service
public class InvoiceService implements ClientRecordPart {

  public record NewInvoice(String number, String description, String dueOn, String amount, String status) {}

  public record StatusChange(String status) {}

  /** A boleto as the API and other features read it. */
  public record InvoiceView(Long id, Long clientId, String number, String description, LocalDate dueOn,
      BigDecimal amount, String amountLabel, InvoiceStatus status, String statusLabel, boolean pastDue) {}

  private final InvoiceRepository invoices;
  private final ClientRegistry registry;

  public InvoiceService(InvoiceRepository invoices, ClientRegistry registry) {
    this.invoices = invoices;
    this.registry = registry;
  }

  @Transactional
  public InvoiceView create(Long clientId, NewInvoice request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    Checked checked = check(request, Fields.API);
    if (invoices.findByClientIdAndNumber(client.getId(), checked.number()).isPresent()) {
      throw UserFacingException.conflict("Número do boleto (number): o cliente já tem o boleto " + checked.number()
          + "; altere a situação dele em vez de lançá-lo de novo.");
    }
    return view(invoices.save(new Invoice(client.getId(), checked.number(), checked.description(), checked.dueOn(),
        checked.amount(), checked.status(), user.id())));
  }

  @Transactional(readOnly = true)
  public List<InvoiceView> list(Long clientId, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    return invoices.findByClientIdOrderByDueOnAscIdAsc(client.getId()).stream().map(InvoiceService::view).toList();
  }

  @Transactional
  public InvoiceView changeStatus(Long invoiceId, StatusChange change, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    Invoice invoice = invoices.findById(invoiceId)
        .orElseThrow(() -> UserFacingException.notFound("Boleto " + invoiceId + " não encontrado."));
    invoice.changeStatus(requireSettable(change == null ? null : change.status(), "Situação (status)"), user.id());
    return view(invoice);
  }

  /**
   * Seed 002 sales item 7, "Dívida anterior a 1 ano: abonar a dívida e faz a contratação": the
   * client's open boletos due more than a year ago become WAIVED, on the record's timeline. The sale
   * that recontracts calls it (and applies its own no-discount rule); answers what was waived.
   */
  @Transactional
  public List<InvoiceView> waiveDebtsOverAYearOld(long clientId, String user) {
    return waiveDebtsDueBefore(clientId, BusinessTime.today().minusYears(1), user);
  }

  /** The client's open boletos due before the day become WAIVED (the day comes from DMN recontract-debt). */
  @Transactional
  public List<InvoiceView> waiveDebtsDueBefore(long clientId, LocalDate day, String user) {
    List<Invoice> old = pastDue(clientId, day);
    old.forEach(invoice -> invoice.changeStatus(InvoiceStatus.WAIVED, user));
    return old.stream().map(InvoiceService::view).toList();
  }

  /**
   * The alert the client page, the inbound task and the sale show while the client has open boletos
   * past due; empty when none.
   */
  @Transactional(readOnly = true)
  public Optional<String> openInvoicesAlert(long clientId) {
    List<Invoice> pastDue = pastDue(clientId, BusinessTime.today());
    if (pastDue.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = pastDue.stream().map(Invoice::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    String oldest = Days.format(pastDue.get(0).getDueOn());
    String count = pastDue.size() == 1 ? "Boleto em aberto: 1 (" + Money.format(total) + ", venceu em " + oldest + ")"
        : "Boletos em aberto: " + pastDue.size() + " (" + Money.format(total) + ", o mais antigo venceu em " + oldest + ")";
    return Optional.of(count + ". Alerte o cliente; numa nova venda, pode-se efetuar a venda e cobrar o cliente "
        + "educadamente.");
  }

  /** The client's open boletos due before {@code day}, oldest first: a recontract waives those over a year old. */
  @Transactional(readOnly = true)
  public List<InvoiceView> debtsOlderThan(long clientId, LocalDate day) {
    return pastDue(clientId, day).stream().map(InvoiceService::view).toList();
  }

  @Override
  public List<String> alerts(Client client) {
    return openInvoicesAlert(client.getId()).stream().toList();
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    LocalDate today = BusinessTime.today();
    List<TimelineEntry> lines = new ArrayList<>();
    for (Invoice invoice : invoices.findByClientIdOrderByDueOnAscIdAsc(client.getId())) {
      lines.add(new TimelineEntry(invoice.getCreatedAt(), "INVOICE",
          "Boleto " + invoice.getNumber() + " · " + Money.format(invoice.getAmount()) + " · "
              + (invoice.isPastDue(today) ? "venceu em " : "vencimento ") + Days.format(invoice.getDueOn()) + " · "
              + invoice.getStatus().label(),
          invoice.getDescription(), invoice.getCreatedBy(), invoice.getNumber(), null));
      if (invoice.getStatus() == InvoiceStatus.WAIVED) {
        lines.add(new TimelineEntry(invoice.getUpdatedAt(), "INVOICE", "Dívida abonada na recontratação: boleto "
            + invoice.getNumber() + " · " + Money.format(invoice.getAmount()) + " · venceu em "
            + Days.format(invoice.getDueOn()), "Dívida anterior a 1 ano (procedimentos de vendas, item 7).",
            invoice.getUpdatedBy(), invoice.getNumber(), null));
      }
    }
    return lines;
  }

  /** What a new boleto needs, checked before anything is stored (the import checks each row the same way). */
  record Checked(String number, String description, LocalDate dueOn, BigDecimal amount, InvoiceStatus status) {}

  /** How refusals name each field: the API's JSON names, or the sheet's columns. */
  record Fields(String number, String description, String dueOn, String amount, String status) {

    static final Fields API = new Fields("Número do boleto (number)", "Descrição (description)", "Vencimento (dueOn)",
        "Valor (amount)", "Situação (status)");
  }

  static Checked check(NewInvoice request, Fields fields) {
    if (request == null) {
      throw UserFacingException.badRequest("Informe o boleto.");
    }
    String number = Text.blankToNull(request.number());
    if (number == null) {
      throw UserFacingException.badRequest(fields.number() + ": informe o número.");
    }
    Text.requireMaxLength(number, 40, fields.number());
    String description = Text.requireMaxLength(Text.blankToNull(request.description()), 500, fields.description());
    LocalDate dueOn = Days.require(request.dueOn(), fields.dueOn());
    BigDecimal amount = Money.parse(request.amount(), fields.amount());
    if (amount.signum() == 0) {
      throw UserFacingException.badRequest(fields.amount() + ": deve ser maior que zero.");
    }
    InvoiceStatus status = Text.blankToNull(request.status()) == null ? InvoiceStatus.OPEN
        : requireSettable(request.status(), fields.status());
    return new Checked(number, description, dueOn, amount, status);
  }

  /** A status a person sets by hand: a waiver only comes with a recontract. */
  private static InvoiceStatus requireSettable(String code, String fieldLabel) {
    InvoiceStatus status = Codes.require(InvoiceStatus.class, code, fieldLabel);
    if (status == InvoiceStatus.WAIVED) {
      throw UserFacingException.badRequest(fieldLabel + ": a dívida só é abonada na recontratação do cliente "
          + "(boletos vencidos há mais de um ano); use OPEN, PAID ou CANCELLED.");
    }
    return status;
  }

  private List<Invoice> pastDue(long clientId, LocalDate day) {
    return invoices.findByClientIdAndStatusAndDueOnBeforeOrderByDueOnAscIdAsc(clientId, InvoiceStatus.OPEN, day);
  }

  static InvoiceView view(Invoice invoice) {
    return new InvoiceView(invoice.getId(), invoice.getClientId(), invoice.getNumber(), invoice.getDescription(),
        invoice.getDueOn(), invoice.getAmount(), Money.format(invoice.getAmount()), invoice.getStatus(),
        invoice.getStatus().label(), invoice.isPastDue(BusinessTime.today()));
  }
}
