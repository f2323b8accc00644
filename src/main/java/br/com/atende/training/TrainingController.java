package br.com.atende.training;

import br.com.atende.security.AtendeUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TrainingController {

  private final TrainingService trainings;

  public TrainingController(TrainingService trainings) {
    this.trainings = trainings;
  }

  @PostMapping("/api/trainings/slots")
  @ResponseStatus(HttpStatus.CREATED)
  public TrainingService.SlotView publish(@RequestBody(required = false) TrainingService.NewSlot request,
      Authentication authentication) {
    return trainings.publish(request, AtendeUser.of(authentication));
  }

  @GetMapping("/api/trainings/slots")
  public List<TrainingService.SlotView> slots(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Authentication authentication) {
    return trainings.slots(from, to, AtendeUser.of(authentication));
  }

  @PostMapping("/api/trainings/slots/{code}/bookings")
  @ResponseStatus(HttpStatus.CREATED)
  public TrainingService.Booked book(@PathVariable String code,
      @RequestBody(required = false) TrainingService.NewBooking request, Authentication authentication) {
    return trainings.book(code, request, AtendeUser.of(authentication));
  }

  @DeleteMapping("/api/trainings/slots/{code}/bookings/{clientId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void cancel(@PathVariable String code, @PathVariable Long clientId, Authentication authentication) {
    trainings.cancel(code, clientId, AtendeUser.of(authentication));
  }
}
