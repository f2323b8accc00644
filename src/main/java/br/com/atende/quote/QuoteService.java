package br.com.atende.quote;

import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Days;
import br.com.atende.common.Money;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.UserProfiles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes (seed 002 item 7: "Detalhar os serviços, valores, em documento bonitinho, acompanhar"): the
 * items checked, a PDF to send, a line on the client's timeline and {@link QuoteSent} for the
 * follow-up that chases it.
 */
@Service
public class QuoteService implements ClientRecordPart {

  static final int MAX_ITEMS = 50;
  /** How long a quote holds when the seller does not say. */
  static final int DEFAULT_VALID_DAYS = 7;
  private static final int MAX_QUANTITY = 100_000;
  /** What quotes.total (DECIMAL(14, 2)) holds. */
  private static final BigDecimal MAX_TOTAL = new BigDecimal("999999999999.99");

  public record NewItem(String product, String quantity, String unitPrice) {}

  public record NewQuote(List<NewItem> items, String validUntil, String notes) {}

  public record Created(String code, BigDecimal total, String totalLabel, LocalDate validUntil, String pdfUrl) {}

  public record Pdf(String fileName, byte[] content) {}

  private final QuoteRepository quotes;
  private final ClientRegistry registry;
  private final QuotePdf pdf;
  private final UserProfiles profiles;
  private final ApplicationEventPublisher events;

  public QuoteService(QuoteRepository quotes, ClientRegistry registry, QuotePdf pdf, UserProfiles profiles,
      ApplicationEventPublisher events) {
    this.quotes = quotes;
    this.registry = registry;
    this.pdf = pdf;
    this.profiles = profiles;
    this.events = events;
  }

  /** Every item checked before anything is stored. */
  @Transactional
  public Created create(Long clientId, NewQuote request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    if (request == null) {
      throw UserFacingException.badRequest("Informe o orçamento.");
    }
    List<QuoteItem> items = items(request.items());
    LocalDate today = BusinessTime.today();
    LocalDate validUntil = Days.parse(request.validUntil(), "Validade (validUntil)");
    if (validUntil == null) {
      validUntil = today.plusDays(DEFAULT_VALID_DAYS);
    } else if (validUntil.isBefore(today)) {
      throw UserFacingException.badRequest("Validade (validUntil): a data já passou (" + Days.format(validUntil) + ").");
    } else if (validUntil.isAfter(today.plusYears(1))) {
      throw UserFacingException.badRequest("Validade (validUntil): no máximo um ano a partir de hoje.");
    }
    String notes = Text.requireMaxLength(Text.blankToNull(request.notes()), 2000, "Observações (notes)");
    Quote quote = quotes.save(new Quote(client.getId(), items, validUntil, notes, user.id()));
    quote.assignCode();
    events.publishEvent(new QuoteSent(quote.getCode(), client.getId(), user.id(),
        items.stream().map(QuoteItem::getProduct).toList()));
    return new Created(quote.getCode(), quote.getTotal(), Money.format(quote.getTotal()), validUntil,
        pdfUrl(quote.getCode()));
  }

  /** The quote's PDF, for whoever works the client registry. */
  @Transactional(readOnly = true)
  public Pdf pdf(String code, AtendeUser user) {
    ClientRegistry.requireWorks(user);
    Quote quote = quotes.findByCode(code == null ? null : code.trim())
        .orElseThrow(() -> UserFacingException.notFound("Orçamento " + code + " não encontrado."));
    Client client = registry.client(quote.getClientId());
    return new Pdf(quote.getCode() + ".pdf", pdf.render(quote, client, profiles.displayName(quote.getCreatedBy())));
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    return quotes.findByClientIdOrderByCreatedAtDesc(client.getId()).stream()
        .map(quote -> new TimelineEntry(quote.getCreatedAt(), "QUOTE",
            "Orçamento " + quote.getCode() + " · " + Money.format(quote.getTotal()) + " · válido até "
                + Days.format(quote.getValidUntil()),
            quote.getItems().stream().map(item -> item.getProduct() + " × " + item.getQuantity())
                .collect(Collectors.joining(", "))
                + (quote.getNotes() == null ? "" : ". " + quote.getNotes()),
            quote.getCreatedBy(), quote.getCode(), pdfUrl(quote.getCode())))
        .toList();
  }

  static String pdfUrl(String code) {
    return "/api/quotes/" + code + "/pdf";
  }

  private static List<QuoteItem> items(List<NewItem> requested) {
    if (requested == null || requested.isEmpty()) {
      throw UserFacingException.badRequest("Itens (items): informe ao menos um item (produto, quantidade e valor).");
    }
    if (requested.size() > MAX_ITEMS) {
      throw UserFacingException.badRequest("Itens (items): no máximo " + MAX_ITEMS + " itens (foram "
          + requested.size() + ").");
    }
    List<QuoteItem> items = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      NewItem item = requested.get(i);
      String prefix = "Item " + (i + 1) + ": ";
      if (item == null || Text.blankToNull(item.product()) == null) {
        throw UserFacingException.badRequest(prefix + "informe o produto/serviço (product).");
      }
      String product = Text.requireMaxLength(item.product().trim(), 200, prefix + "produto/serviço (product)");
      items.add(new QuoteItem(product, quantity(item.quantity(), prefix),
          Money.parse(item.unitPrice(), prefix + "valor unitário (unitPrice)")));
    }
    BigDecimal total = Quote.totalOf(items);
    if (total.compareTo(MAX_TOTAL) > 0) {
      throw UserFacingException.badRequest("Itens (items): o total do orçamento (" + Money.format(total)
          + ") passa do máximo de " + Money.format(MAX_TOTAL) + "; confira quantidades e valores.");
    }
    return items;
  }

  private static int quantity(String text, String prefix) {
    String value = Text.blankToNull(text);
    if (value == null) {
      throw UserFacingException.badRequest(prefix + "informe a quantidade (quantity).");
    }
    if (!value.matches("-?\\d{1,9}")) {
      throw UserFacingException.badRequest(prefix + "a quantidade (quantity) deve ser um número inteiro (foi " + value
          + ").");
    }
    int quantity = Integer.parseInt(value);
    if (quantity <= 0) {
      throw UserFacingException.badRequest(prefix + "a quantidade (quantity) deve ser maior que zero (foi " + value
          + ").");
    }
    if (quantity > MAX_QUANTITY) {
      throw UserFacingException.badRequest(prefix + "quantidade (quantity) alta demais (" + value + ").");
    }
    return quantity;
  }
}
