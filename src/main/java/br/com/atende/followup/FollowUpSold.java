package br.com.atende.followup;

/**
 * Published when an owner completes a follow-up as sold (action SOLD), inside the completion's
 * transaction, so the sale feature records the sale without this package knowing it.
 */
public record FollowUpSold(String code, long clientId, String product, String owner, String description) {}
