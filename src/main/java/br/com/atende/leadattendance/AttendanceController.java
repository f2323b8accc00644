package br.com.atende.leadattendance;

import br.com.atende.leadattendance.AttendanceService.Pulled;
import br.com.atende.security.AtendeUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/attendances")
public class AttendanceController {

  private final AttendanceService attendanceService;

  public AttendanceController(AttendanceService attendanceService) {
    this.attendanceService = attendanceService;
  }

  public record NextRequest(String storeCode, String campaignCode) {}

  /** "Vamos às vendas": the next lead, as an AttendLead task assigned to the caller. */
  @PostMapping("/next")
  public Pulled next(@RequestBody NextRequest request, Authentication authentication) {
    return attendanceService.pullNext(AtendeUser.of(authentication), request.storeCode(), request.campaignCode());
  }
}
