package br.com.atende.inbound;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.inbound.InboundContactProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** inbound-contact.bpmn's task listener. */
@Component("inboundTaskListener")
public class InboundTaskListener extends UserTaskFormListener {

  public InboundTaskListener(AttendInboundForm form) {
    super(Map.of(UserTask.AttendInbound, form));
  }
}
