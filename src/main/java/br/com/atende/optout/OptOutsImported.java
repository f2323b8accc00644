package br.com.atende.optout;

/**
 * Published after an import of a Não Me Perturbe / Não Me Ligue list wrote the ledger rows with ids
 * {@code firstId}..{@code lastId}: the queues take those numbers out in one statement, not one event
 * per row.
 */
public record OptOutsImported(long firstId, long lastId) {}
