package br.com.atende.client;

import java.time.Instant;

/**
 * One line of a client's timeline ("ficha do cliente"): what happened, when, by whom.
 *
 * @param at when it happened
 * @param kind what kind of thing it is: {@code INTERACTION}, {@code FOLLOW_UP}, {@code SALE}, {@code ATTEMPT},
 *     {@code PROPOSAL}, {@code EVENT}, …
 * @param title the pt-BR headline the page shows ("Agendamento aberto: #venda/tratativas com contato")
 * @param detail the pt-BR text under it, or null
 * @param by the user id who did it, or null when the system did
 * @param ref the code or id the line is about (AG-000042, a lead id), or null
 * @param link an http(s) link the line carries (the Bitrix card), or null
 */
public record TimelineEntry(Instant at, String kind, String title, String detail, String by, String ref, String link) {}
