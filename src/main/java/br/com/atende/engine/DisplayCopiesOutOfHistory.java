package br.com.atende.engine;

import br.com.atende.common.ProcessContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Full history, less the display copies each process contract declares
 * ({@link ProcessContract#displayCopies()}). A pull sets about fifteen of them for the attendance
 * form, and at full history each one costs, besides its runtime row, a row in ACT_HI_VARINST and
 * one in ACT_HI_DETAIL (and two more byte arrays for JSON): most of what a pull wrote, for copies
 * of our own tables that no report, form or Cockpit page reads from the history. Everything else
 * keeps full history, variable updates included.
 *
 * <p>The level keeps full's id (3) and name: the engine stores the id in ACT_GE_PROPERTY and refuses
 * to start on a database whose id differs, so an existing database goes on as it was. It is chosen
 * only when {@code camunda.bpm.history-level} is full (the engine takes the last level with the
 * configured name, and custom levels come after the built-in ones).
 */
@Component
public class DisplayCopiesOutOfHistory extends AbstractProcessEnginePlugin {

  private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL);

  /** Process key → the names of its display copies. */
  private final Map<String, Set<String>> copies;

  public DisplayCopiesOutOfHistory(List<ProcessContract> contracts) {
    this.copies = contracts.stream().filter(contract -> !contract.displayCopies().isEmpty())
        .collect(Collectors.toUnmodifiableMap(ProcessContract::processKey, ProcessContract::displayCopies));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new Level());
    configuration.setCustomHistoryLevels(levels);
  }

  boolean isDisplayCopy(String processDefinitionKey, String variableName) {
    return processDefinitionKey != null && copies.getOrDefault(processDefinitionKey, Set.of()).contains(variableName);
  }

  /** Full, less the variable events of the display copies. */
  final class Level extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return !(VARIABLE_EVENTS.contains(eventType) && isDisplayCopy(entity));
    }

    private boolean isDisplayCopy(Object entity) {
      if (entity instanceof VariableInstanceEntity variable) {
        // "key:version:id" (a definition whose key is too long has a bare id, and keeps its history).
        String definition = variable.getProcessDefinitionId();
        int colon = definition == null ? -1 : definition.indexOf(':');
        return colon > 0 && DisplayCopiesOutOfHistory.this.isDisplayCopy(definition.substring(0, colon),
            variable.getName());
      }
      return entity instanceof HistoricVariableUpdateEventEntity update
          && DisplayCopiesOutOfHistory.this.isDisplayCopy(update.getProcessDefinitionKey(), update.getVariableName());
    }
  }
}
