package br.com.atende.common;

/** The body of every /api error: {"message": "<pt-BR>"}. */
public record ApiError(String message) {}
