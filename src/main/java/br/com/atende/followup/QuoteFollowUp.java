package br.com.atende.followup;

import br.com.atende.quote.QuoteSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seed 002: a quote sent "deve cobrar retorno desse e-mail - aguarda até 2 dias – pode agendar
 * conforme regra": each quote opens the seller's #venda follow-up with budget sent, in the same
 * transaction, so there is never a quote nobody chases.
 */
@Component
class QuoteFollowUp {

  private final FollowUpService followUps;

  QuoteFollowUp(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @EventListener
  public void onQuoteSent(QuoteSent quote) {
    String products = String.join(", ", quote.products());
    String product = products.length() <= 200 ? products : products.substring(0, 199) + "…";
    // The quote service already checked the seller may work this client.
    followUps.chase(quote.clientId(), product, quote.seller(),
        "Orçamento " + quote.code() + " enviado: cobrar o retorno do cliente.");
  }
}
