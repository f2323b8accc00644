package br.com.atende.leadattendance;

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

/** The agent's own lists on the home page: "Meus atendimentos" and "Minha agenda" (seeds 000, 001). */
@RestController
@RequestMapping("/api")
public class MyWorkController {

  private final MyWork myWork;

  public MyWorkController(MyWork myWork) {
    this.myWork = myWork;
  }

  @GetMapping("/attendances/mine")
  public List<AttendanceRow> myAttendances(@RequestParam(required = false) ListStatus status,
      @RequestParam(required = false) String campaign, Authentication authentication) {
    return myWork.attendances(AtendeUser.of(authentication), status, campaign);
  }

  /** Booked callbacks from {@code from} (São Paulo date, default today) for {@code days} days. */
  @GetMapping("/callbacks/mine")
  public List<CallbackRow> myCallbacks(@RequestParam(required = false) String from,
      @RequestParam(defaultValue = "31") int days, Authentication authentication) {
    return myWork.callbacks(AtendeUser.of(authentication), from, days);
  }
}
