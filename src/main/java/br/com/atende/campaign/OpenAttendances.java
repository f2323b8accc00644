package br.com.atende.campaign;

/**
 * What a closing campaign asks of the attendances of its leads, which live downstream of it
 * (leadattendance): campaign knows only this interface, so the two features form no cycle.
 */
public interface OpenAttendances {

  /**
   * Ends at most {@code batchSize} of the campaign's open attendances as EXPIRED. {@code moreLeft}:
   * the batch was full and ended some, so another may be waiting (a batch that ends none stops the
   * loop rather than run forever).
   */
  Batch expireBatch(String campaignCode, int batchSize);

  record Batch(int found, int expired, boolean moreLeft) {}
}
