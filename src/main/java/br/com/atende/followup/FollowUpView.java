package br.com.atende.followup;

import br.com.atende.common.BusinessTime;
import java.time.LocalDate;

/**
 * A live follow-up as the client page and the sales rules read it.
 *
 * @param holdsClient whether it keeps the client with its owner for the sales rules (an OPEN one of a sale
 *     type with contact, within its deadline)
 */
public record FollowUpView(String code, long clientId, String type, String typeLabel, String product, String owner,
    String status, String statusLabel, LocalDate dueOn, LocalDate maxDueOn, boolean holdsClient) {

  static FollowUpView of(FollowUp followUp) {
    return new FollowUpView(followUp.getCode(), followUp.getClientId(), followUp.getType().name(),
        followUp.getType().label(), followUp.getProduct(), followUp.getOwner(), followUp.getStatus().name(),
        followUp.getStatus().label(), followUp.getDueOn(), followUp.getMaxDueOn(),
        followUp.getStatus() == FollowUpStatus.OPEN && followUp.getType().holdsClient()
            && !followUp.getDueOn().isBefore(BusinessTime.today()));
  }
}
