package br.com.atende.sale;

import br.com.atende.common.BusinessTime;
import br.com.atende.security.AtendeUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SaleController {

  public record SaleRow(Long id, Long clientId, String product, String soldBy, String soldAt, String commissionTo,
      String commissionLabel, String commissionUser, String followUpOwner, String rule, String closedFollowUps) {}

  private final SaleService sales;

  public SaleController(SaleService sales) {
    this.sales = sales;
  }

  @PostMapping("/api/clients/{id}/sales")
  @ResponseStatus(HttpStatus.CREATED)
  public SaleService.Registered register(@PathVariable Long id, @RequestBody SaleService.NewSale request,
      Authentication authentication) {
    return sales.register(id, request, AtendeUser.of(authentication));
  }

  /** The team's sales and whose commission each is, for the manager; the last 30 days by default. */
  @GetMapping("/api/sales")
  public List<SaleRow> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Authentication authentication) {
    LocalDate until = to == null ? BusinessTime.today() : to;
    return sales.between(from == null ? until.minusDays(30) : from, until, AtendeUser.of(authentication)).stream()
        .map(sale -> new SaleRow(sale.getId(), sale.getClientId(), sale.getProduct(), sale.getSoldBy(),
            BusinessTime.formatLocalMinutes(sale.getSoldAt()), sale.getCommissionTo().name(),
            sale.getCommissionTo().label(), sale.getCommissionUser(), sale.getFollowUpOwner(), sale.getCommissionRule(),
            sale.getClosedFollowUps()))
        .toList();
  }
}
