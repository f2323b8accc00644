package br.com.atende.campaign;

/**
 * What a closing campaign asks of the attendances of its leads, which live downstream of it
 * (leadattendance): campaign knows only this interface, so the two features form no cycle.
 */
public interface OpenAttendances {

  /** Ends at most {@code batchSize} of the campaign's open attendances as EXPIRED; answers how many. */
  int expireBatch(String campaignCode, int batchSize);
}
