package br.com.atende.contactpolicy;

import br.com.atende.campaign.LeadQueue;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutsImported;
import br.com.atende.optout.OptedOut;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Atende stops calling a number the day it opts out (the law allows 30 days): its queued leads, in
 * every campaign, are held as OPTED_OUT in the transaction that recorded the opt-out, never released.
 */
@Component
class OptOutsLeaveTheQueues {

  private final LeadQueue queue;

  OptOutsLeaveTheQueues(LeadQueue queue) {
    this.queue = queue;
  }

  @EventListener
  void on(OptedOut optedOut) {
    if (optedOut.channel() == OptOutChannel.VOICE || optedOut.channel() == OptOutChannel.ALL) {
      queue.holdOptedOut(optedOut.phone());
    }
  }

  @EventListener
  void on(OptOutsImported imported) {
    queue.holdOptedOutImported(imported.firstId(), imported.lastId());
  }
}
