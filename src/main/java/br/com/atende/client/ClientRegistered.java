package br.com.atende.client;

/**
 * Published inside the transaction that stored a new record (or gave one, edited, the CPF/CNPJ of
 * another), so a listener that fails undoes it.
 *
 * @param clientId the new (or edited) record
 * @param duplicateOf the older record with the same CPF/CNPJ, or null
 * @param createdBy who registered (or edited) it
 */
public record ClientRegistered(long clientId, Long duplicateOf, String createdBy) {}
