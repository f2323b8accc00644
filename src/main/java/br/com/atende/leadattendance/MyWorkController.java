package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import br.com.atende.leadattendance.CampaignClients.ClientPage;
import br.com.atende.leadattendance.MyWork.AttendanceRow;
import br.com.atende.leadattendance.MyWork.CallbackRow;
import br.com.atende.leadattendance.MyWork.ListStatus;
import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agent's own lists on the home page: "Meus atendimentos", "Clientes não atuados" and "Minha agenda" (seeds 000, 001). */
@RestController
@RequestMapping("/api")
public class MyWorkController {

  private final MyWork myWork;
  private final CampaignClients campaignClients;

  public MyWorkController(MyWork myWork, CampaignClients campaignClients) {
    this.myWork = myWork;
    this.campaignClients = campaignClients;
  }

  @GetMapping("/attendances/mine")
  public List<AttendanceRow> myAttendances(@RequestParam(required = false) ListStatus status,
      @RequestParam(required = false) String campaign, @RequestParam(required = false) String city,
      @RequestParam(required = false) Outcome outcome, Authentication authentication) {
    return myWork.attendances(AtendeUser.of(authentication), status, campaign, city, outcome);
  }

  /** Seed 001 "Clientes não atuados": a page of the campaign's never-worked clients, by id after {@code after}. */
  @GetMapping("/campaign-clients")
  public ClientPage campaignClients(@RequestParam(required = false) String campaign,
      @RequestParam(required = false) String store, @RequestParam(required = false) String city,
      @RequestParam(required = false) Long after, @RequestParam(required = false) Integer size,
      Authentication authentication) {
    return campaignClients.notActed(AtendeUser.of(authentication), campaign, store, city, after, size);
  }

  /** Booked callbacks from {@code from} (São Paulo date, default today) for {@code days} days. */
  @GetMapping("/callbacks/mine")
  public List<CallbackRow> myCallbacks(@RequestParam(required = false) String from,
      @RequestParam(defaultValue = "31") int days, Authentication authentication) {
    return myWork.callbacks(AtendeUser.of(authentication), from, days);
  }
}
