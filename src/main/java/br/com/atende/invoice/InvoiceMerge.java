package br.com.atende.invoice;

import br.com.atende.client.ClientMerge;
import org.springframework.stereotype.Component;

/** The merged record's boletos go to the one kept; one with a number the kept record has is that same boleto. */
@Component
class InvoiceMerge implements ClientMerge {

  private final InvoiceRepository invoices;

  InvoiceMerge(InvoiceRepository invoices) {
    this.invoices = invoices;
  }

  @Override
  public void merge(long from, long into) {
    for (Invoice invoice : invoices.findByClientIdOrderByDueOnAscIdAsc(from)) {
      if (invoices.findByClientIdAndNumber(into, invoice.getNumber()).isPresent()) {
        // The kept record's copy, with its own status, stays the one.
        invoices.delete(invoice);
      } else {
        invoice.moveTo(into);
      }
    }
  }
}
