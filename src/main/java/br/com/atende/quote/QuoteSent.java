package br.com.atende.quote;

import java.util.List;

/**
 * Published in the transaction that stored a quote, for the 2-day follow-up the manual asks for
 * ("deve cobrar retorno desse e-mail - aguarda até 2 dias"): a listener that must not run for a
 * quote rolled back uses {@code @TransactionalEventListener}.
 *
 * @param code the quote's code, OR-000042
 * @param clientId the client it was sent to
 * @param seller the user who made it
 * @param products the products of its items, in order
 */
public record QuoteSent(String code, long clientId, String seller, List<String> products) {}
