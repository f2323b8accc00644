package br.com.atende.availability;

/** A user was marked available, on vacation or absent; whoever holds their work may hand it on. */
public record AvailabilityChanged(String userId, AvailabilityStatus status) {}
