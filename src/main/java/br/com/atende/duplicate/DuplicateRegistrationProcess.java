package br.com.atende.duplicate;

import br.com.atende.common.BpmnId;
import br.com.atende.common.ProcessContract;
import br.com.atende.common.ProcessVariable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Ids and variables of bpmn/duplicate-registration/duplicate-registration.bpmn (seed 002 "Cadastros duplicados"). */
public final class DuplicateRegistrationProcess {

  public static final String KEY = "duplicate-registration";

  public enum UserTask implements ProcessContract.Task {
    TreatDuplicate;

    @Override
    public Set<String> accepts() {
      return ACCEPTED_COMPLETION;
    }
  }

  /** The other elements code and tests name. */
  public enum Element implements BpmnId {
    MergeRecords, EndEvent_Treated
  }

  // Loaded from the tables when the task is created, for the form and Tasklist's columns; code reads
  // the registration from the business key and the records from its row.
  public static final ProcessVariable<String> DUPLICATE_CODE = ProcessVariable.of("duplicateCode", String.class);
  public static final ProcessVariable<String> CLIENT_NAME = ProcessVariable.of("clientName", String.class);
  public static final ProcessVariable<String> NEW_RECORD = ProcessVariable.of("newRecord", String.class);
  public static final ProcessVariable<String> EXISTING_RECORD = ProcessVariable.of("existingRecord", String.class);

  // What the central team submits: the record to keep, the manual's checklist and a note.
  public static final ProcessVariable<String> KEEP = ProcessVariable.of("keep", String.class);
  public static final ProcessVariable<String> OBSERVATION = ProcessVariable.of("observation", String.class);

  /** What treat-duplicate.form submits. */
  public static final Set<String> ACCEPTED_COMPLETION = Stream.concat(Stream.of(KEEP.name(), OBSERVATION.name()),
      Arrays.stream(ChecklistItem.values()).map(ChecklistItem::variable)).collect(Collectors.toUnmodifiableSet());

  private DuplicateRegistrationProcess() {}

  @Component
  public static class Contract extends ProcessContract {

    public Contract() {
      super(KEY, UserTask.values());
    }
  }
}
