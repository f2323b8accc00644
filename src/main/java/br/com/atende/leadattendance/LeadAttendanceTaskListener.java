package br.com.atende.leadattendance;

import br.com.atende.engine.UserTaskFormListener;
import br.com.atende.leadattendance.LeadAttendanceProcess.UserTask;
import java.util.Map;
import org.springframework.stereotype.Component;

/** lead-attendance.bpmn's task listener; the bean keeps the name its diagrams, running ones included, call. */
@Component("attendanceCompletionListener")
public class LeadAttendanceTaskListener extends UserTaskFormListener {

  public LeadAttendanceTaskListener(AttendLeadForm form) {
    super(Map.of(UserTask.AttendLead, form, UserTask.CallBack, form));
  }
}
