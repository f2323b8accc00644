package br.com.atende.refusal;

/** The body of every /api error: {"message": "<pt-BR>"}. */
public record ApiError(String message) {}
