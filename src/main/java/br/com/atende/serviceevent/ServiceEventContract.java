package br.com.atende.serviceevent;

import static br.com.atende.serviceevent.ServiceEventProcess.*;

import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** What the Ficha de agendamento and the confirmation accept from a completion: their forms' inputs. */
@Component
public class ServiceEventContract implements ProcessContract {

  static final Set<String> EVENT_CONTACT = names(EVENT_ACTION, APPOINTMENT_AT, TECHNICIAN, LOSS_REASON,
      LOSE_FUTURE_CYCLE_EVENTS, OBSERVATION);
  static final Set<String> CONFIRM_APPOINTMENT = names(EVENT_ACTION, APPOINTMENT_AT, TECHNICIAN, OBSERVATION);

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public Map<String, Set<String>> completionVariables() {
    return Map.of(TASK_EVENT_CONTACT, EVENT_CONTACT, TASK_CONFIRM_APPOINTMENT, CONFIRM_APPOINTMENT);
  }

  private static Set<String> names(ProcessVariable<?>... variables) {
    return Stream.of(variables).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());
  }
}
