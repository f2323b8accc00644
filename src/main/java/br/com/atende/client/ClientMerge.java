package br.com.atende.client;

/**
 * What a feature does when the central team merges a duplicate record into the one kept (seed 002
 * "Cadastros duplicados"): move its own rows of the client. Every Spring bean implementing it is
 * called inside the merge's transaction, so one failure undoes the whole merge.
 */
public interface ClientMerge {

  /** Moves this feature's records of client {@code from} to client {@code into}. */
  void merge(long from, long into);
}
