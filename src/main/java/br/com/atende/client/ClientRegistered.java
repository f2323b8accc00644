package br.com.atende.client;

/**
 * Published inside the transaction that stored a new record, so a listener that fails undoes it.
 *
 * @param clientId the new record
 * @param duplicateOf the older record with the same CPF/CNPJ, or null
 * @param createdBy who registered it
 */
public record ClientRegistered(long clientId, Long duplicateOf, String createdBy) {}
