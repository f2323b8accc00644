package br.com.atende.labels;

import br.com.atende.availability.AvailabilityStatus;
import br.com.atende.campaign.ContactPolicy;
import br.com.atende.campaign.HoldReason;
import br.com.atende.client.Channel;
import br.com.atende.common.Labelled;
import br.com.atende.followup.FollowUpStatus;
import br.com.atende.followup.FollowUpType;
import br.com.atende.inbound.InactivationKind;
import br.com.atende.inbound.InboundContactProcess;
import br.com.atende.inbound.Intent;
import br.com.atende.interaction.Purpose;
import br.com.atende.invoice.InvoiceStatus;
import br.com.atende.sale.CommissionTo;
import br.com.atende.lead.LeadStatus;
import br.com.atende.lead.Outcome;
import br.com.atende.optout.OptOutChannel;
import br.com.atende.optout.OptOutSource;
import br.com.atende.proposal.CancelReason;
import br.com.atende.proposal.Situation;
import br.com.atende.serviceevent.EventGroup;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import br.com.atende.thirdparty.HolderDecision;
import br.com.atende.training.Shift;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pt-BR label of every code the pages show, from the enums that declare them, so no page declares them again. */
@RestController
public class LabelsController {

  @GetMapping("/api/labels")
  public Map<String, Map<String, String>> labels() {
    return Map.ofEntries(
        Map.entry("outcome", Labelled.of(Outcome.values())),
        Map.entry("leadStatus", Labelled.of(LeadStatus.values())),
        Map.entry("situation", Labelled.of(Situation.values())),
        Map.entry("cancelReason", Labelled.of(CancelReason.values())),
        Map.entry("dispatchKind", Labelled.of(LeadZapDispatch.Kind.values())),
        Map.entry("eventGroup", Labelled.of(EventGroup.values())),
        Map.entry("channel", Labelled.of(Channel.values())),
        Map.entry("purpose", Labelled.of(Purpose.values())),
        Map.entry("followUpType", Labelled.of(FollowUpType.values())),
        Map.entry("followUpStatus", Labelled.of(FollowUpStatus.values())),
        Map.entry("availability", Labelled.of(AvailabilityStatus.values())),
        Map.entry("commissionTo", Labelled.of(CommissionTo.values())),
        Map.entry("invoiceStatus", Labelled.of(InvoiceStatus.values())),
        Map.entry("intent", Labelled.of(Intent.values())),
        Map.entry("inboundOutcome", Labelled.of(InboundContactProcess.Outcome.values())),
        Map.entry("inactivationKind", Labelled.of(InactivationKind.values())),
        Map.entry("trainingShift", Labelled.of(Shift.values())),
        Map.entry("holderDecision", Labelled.of(HolderDecision.values())),
        Map.entry("optOutChannel", Labelled.of(OptOutChannel.values())),
        Map.entry("optOutSource", Labelled.of(OptOutSource.values())),
        Map.entry("contactPolicy", Labelled.of(ContactPolicy.values())),
        Map.entry("holdReason", Labelled.of(HoldReason.values())));
  }
}
