package br.com.atende.engine;

/**
 * Published on this node once a deployment with decision tables has committed: whoever keeps a
 * table's latest version in memory reads it again.
 */
public record DecisionsDeployed() {}
