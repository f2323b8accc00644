package br.com.atende.contactpolicy;

import br.com.atende.campaign.Campaign;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.HoldReason;
import br.com.atende.campaign.LeadQueue;
import br.com.atende.campaign.LeadQueue.Entry;
import br.com.atende.common.BusinessTime;
import br.com.atende.common.Phones;
import br.com.atende.lead.Lead;
import br.com.atende.lead.LeadRepository;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next lead the law lets us call now. The pull looks only at the head of the queue: a head that
 * may not be called is moved to lead_holds (reason and release time) and the next head is looked
 * at, at most {@link #HEADS_PER_PULL} per pull, so a pull's work stays bounded and "next" O(log n).
 */
@Service
public class CallableLeads {

  /** Heads one pull may hold before it answers "nothing now" (the next pull goes on from there). */
  static final int HEADS_PER_PULL = 20;
  static final String CONSENTED_RULE = "CONSENTED";

  private final LeadQueue queue;
  private final LeadRepository leads;
  private final OptOutLedger ledger;
  private final ContactRules rules;
  private final DailyCalls dailyCalls;

  public CallableLeads(LeadQueue queue, LeadRepository leads, OptOutLedger ledger, ContactRules rules,
      DailyCalls dailyCalls) {
    this.queue = queue;
    this.leads = leads;
    this.ledger = ledger;
    this.rules = rules;
    this.dailyCalls = dailyCalls;
  }

  /**
   * Takes the store's next callable lead of the campaign and records on it the rule that allowed
   * the call; empty when none may be called now. Runs in the pull's transaction: the holds commit
   * with it, and a failed pull puts everything back.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<Lead> takeNext(Campaign campaign, String storeCode) {
    ContactRules.Deployed sart = campaign.getContactPolicy() == ContactPolicy.SART ? rules.deployed() : null;
    Instant now = BusinessTime.now();
    for (int i = 0; i < HEADS_PER_PULL; i++) {
      Optional<Entry> head = queue.takeNext(campaign.getCode(), storeCode);
      if (head.isEmpty()) {
        return Optional.empty();
      }
      Lead lead = leads.findById(head.get().leadId()).orElseThrow();
      if (ledger.blocks(lead.getPhone(), OptOutChannel.VOICE)) {
        queue.hold(head.get(), lead.getPhone(), HoldReason.OPTED_OUT, null, null);
      } else if (sart == null) {
        lead.allowedBy(CONSENTED_RULE);
        return Optional.of(lead);
      } else if (allowedNow(sart, head.get(), lead, now)) {
        lead.allowedBy(sart.allowedBy());
        return Optional.of(lead);
      }
    }
    return Optional.empty();
  }

  /** SART: hours on the number's clock, then its daily cap; a lead that fails either is held until it passes. */
  private boolean allowedNow(ContactRules.Deployed sart, Entry entry, Lead lead, Instant now) {
    Phones.Area area = Phones.areaOf(lead.getPhone());
    String state = area.state().orElse("");
    LocalHours hours = new LocalHours(sart, area.zones(), state);
    if (!hours.openAt(now)) {
      Instant until = hours.nextOpening(now);
      queue.hold(entry, lead.getPhone(), hours.closedReason(now), until, hours.onLeadClock(until));
      return false;
    }
    LocalDate localDay = LocalDate.ofInstant(now, hours.capZone());
    if (!dailyCalls.take(lead.getPhone(), localDay, sart.maxCallsPerDay(state))) {
      Instant until = hours.nextOpening(hours.nextLocalDay(now));
      queue.hold(entry, lead.getPhone(), HoldReason.DAILY_CAP, until, hours.onLeadClock(until));
      return false;
    }
    return true;
  }
}
