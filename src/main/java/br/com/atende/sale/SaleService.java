package br.com.atende.sale;

import static br.com.atende.common.Text.saysNothing;

import br.com.atende.availability.Availability;
import br.com.atende.availability.AvailabilityStatus;
import br.com.atende.client.Channel;
import br.com.atende.client.Client;
import br.com.atende.client.ClientRecordPart;
import br.com.atende.client.ClientRegistry;
import br.com.atende.client.TimelineEntry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Codes;
import br.com.atende.common.Text;
import br.com.atende.common.UserFacingException;
import br.com.atende.followup.FollowUpService;
import br.com.atende.followup.FollowUpSold;
import br.com.atende.followup.FollowUpView;
import br.com.atende.invoice.InvoiceService;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.UserProfiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 002's sales: registering one closes the seller's follow-ups of that product ("retirar o
 * agendamento") and leaves the others with their owners; the commission comes from DMN
 * commission-attribution, fed with the other owner's valid follow-up and their availability.
 */
@Service
public class SaleService implements ClientRecordPart {

  /**
   * A sale; {@code thirdPartyName} and {@code thirdPartyRelation} (both or neither) say who contracted
   * it when not the holder ("Qualquer terceiro pode realizar contratação").
   */
  public record NewSale(String product, String description, String channel, String thirdPartyName,
      String thirdPartyRelation) {

    public NewSale(String product, String description, String channel) {
      this(product, description, channel, null, null);
    }
  }

  /** @param alerts what the seller should tell the client now: open boletos ("cobrar o cliente educadamente") */
  public record Registered(Long id, String soldBy, String commissionTo, String commissionLabel, String commissionUser,
      String rule, List<String> closedFollowUps, List<String> alerts) {}

  private final SaleRepository sales;
  private final ClientRegistry registry;
  private final FollowUpService followUps;
  private final Availability availability;
  private final CommissionRules rules;
  private final UserProfiles profiles;
  private final InvoiceService invoices;

  public SaleService(SaleRepository sales, ClientRegistry registry, FollowUpService followUps,
      Availability availability, CommissionRules rules, UserProfiles profiles, InvoiceService invoices) {
    this.invoices = invoices;
    this.sales = sales;
    this.registry = registry;
    this.followUps = followUps;
    this.availability = availability;
    this.rules = rules;
    this.profiles = profiles;
  }

  @Transactional
  public Registered register(Long clientId, NewSale request, AtendeUser user) {
    Client client = registry.clientFor(clientId, user);
    if (request == null) {
      throw UserFacingException.badRequest("Informe a venda.");
    }
    String product = Text.requireMaxLength(Text.blankToNull(request.product()), 200, "Produto/serviço (product)");
    if (product == null) {
      throw UserFacingException.badRequest("Produto/serviço (product): informe o que foi vendido.");
    }
    String description = Text.requireRealText(request.description(), 2000, "Descrição da venda (description)");
    Channel channel = Codes.require(Channel.class, request.channel(), "Canal (channel)");
    String thirdParty = Text.requireMaxLength(Text.blankToNull(request.thirdPartyName()), 200,
        "Nome do terceiro (thirdPartyName)");
    String relation = Text.requireMaxLength(Text.blankToNull(request.thirdPartyRelation()), 100,
        "Relação com o titular (thirdPartyRelation)");
    if ((thirdParty != null && saysNothing(thirdParty)) || (thirdParty == null && relation != null)) {
      throw UserFacingException.badRequest("Nome do terceiro (thirdPartyName): informe quem contratou em nome do "
          + "titular, junto com a relação dele com o titular.");
    }
    if ((relation != null && saysNothing(relation)) || (relation == null && thirdParty != null)) {
      throw UserFacingException.badRequest("Relação com o titular (thirdPartyRelation): informe a relação de "
          + thirdParty + " com o titular (ex.: sócio, secretária, filho).");
    }
    return record(client.getId(), product, description, channel, user.id(), thirdParty, relation);
  }

  /** A follow-up completed as sold: the sale is its owner's, recorded the same way. */
  @EventListener
  public void onFollowUpSold(FollowUpSold sold) {
    record(sold.clientId(), sold.product(), sold.description(), null, sold.owner(), null, null);
  }

  private Registered record(long clientId, String product, String description, Channel channel, String seller,
      String thirdPartyName, String thirdPartyRelation) {
    // Before closing the seller's own: is there a valid follow-up of this product held by someone else?
    Optional<FollowUpView> othersValid = followUps.openOf(clientId).stream()
        .filter(followUp -> !followUp.owner().equals(seller) && followUp.holdsClient()
            && Text.key(followUp.product()).equals(Text.key(product)))
        .findFirst();
    String owner = othersValid.map(FollowUpView::owner).orElse(null);
    AvailabilityStatus ownerStatus = owner == null ? AvailabilityStatus.AVAILABLE : availability.of(owner);
    CommissionRules.Attribution attribution = rules.attribute(othersValid.isPresent(), ownerStatus);
    Sale sale = new Sale(clientId, product, description, channel, seller);
    sale.contractedBy(thirdPartyName, thirdPartyRelation);
    sale.attribute(attribution.to(), owner, attribution.rule());
    List<String> closed = followUps.closeForSale(clientId, product, seller);
    sale.closed(String.join(",", closed));
    sales.save(sale);
    return new Registered(sale.getId(), seller, attribution.to().name(), commissionLabel(sale), sale.getCommissionUser(),
        attribution.rule(), closed, invoices.openInvoicesAlert(clientId).stream().toList());
  }

  private String commissionLabel(Sale sale) {
    return sale.getCommissionUser() == null ? sale.getCommissionTo().label()
        : sale.getCommissionTo().label() + " (" + profiles.displayName(sale.getCommissionUser()) + ")";
  }

  @Override
  public List<TimelineEntry> timeline(Client client) {
    return sales.findByClientIdOrderBySoldAtDesc(client.getId()).stream()
        .map(sale -> new TimelineEntry(sale.getSoldAt(), "SALE", "Venda · " + sale.getProduct()
            + (sale.getChannel() == null ? "" : " · " + sale.getChannel().label())
            + (sale.getThirdPartyName() == null ? "" : " · contratado por terceiro: " + sale.getThirdPartyName()
                + " (" + sale.getThirdPartyRelation() + ")"), sale.getDescription() + "\nComissão: " + commissionLabel(sale) + ". "
            + sale.getCommissionRule(), sale.getSoldBy(), String.valueOf(sale.getId()), null))
        .toList();
  }

  /** The sales of a period, for the manager ("Gestor fica a cargo de organizar" the commission). */
  @Transactional(readOnly = true)
  public List<Sale> between(LocalDate from, LocalDate to, AtendeUser user) {
    user.requireManager("Só supervisores veem as vendas e comissões da equipe.");
    return sales.findBySoldAtBetweenOrderBySoldAtDesc(BusinessTime.toInstant(from.atStartOfDay()),
        BusinessTime.toInstant(to.plusDays(1).atStartOfDay()));
  }
}
