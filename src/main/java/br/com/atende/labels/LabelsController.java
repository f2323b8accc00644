package br.com.atende.labels;

import br.com.atende.common.Labelled;
import br.com.atende.lead.LeadStatus;
import br.com.atende.lead.Outcome;
import br.com.atende.proposal.CancelReason;
import br.com.atende.proposal.Situation;
import br.com.atende.serviceevent.leadzap.LeadZapDispatch;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The pt-BR label of every code the pages show, from the enums that declare them, so no page declares them again. */
@RestController
public class LabelsController {

  @GetMapping("/api/labels")
  public Map<String, Map<String, String>> labels() {
    return Map.of(
        "outcome", Labelled.of(Outcome.values()),
        "leadStatus", Labelled.of(LeadStatus.values()),
        "situation", Labelled.of(Situation.values()),
        "cancelReason", Labelled.of(CancelReason.values()),
        "dispatchKind", Labelled.of(LeadZapDispatch.Kind.values()));
  }
}
