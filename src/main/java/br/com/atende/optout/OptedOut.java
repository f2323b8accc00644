package br.com.atende.optout;

/**
 * Published when a number opts out of a channel, inside the transaction that recorded it, so that
 * the queues take the number out the same day (the law allows 30 days; Atende stops at once).
 */
public record OptedOut(String phone, OptOutChannel channel) {}
