package br.com.atende.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema lacks. Deleting a task (every completion, and each attendance a
 * campaign's close expires) looks for its subtasks by ACT_RU_TASK.PARENT_TASK_ID_, which has no index
 * on MySQL/MariaDB: each deletion read every open task, so closing 50,000 open attendances read
 * ACT_RU_TASK 50,000 times. Created after the engine made its tables (Flyway runs before them).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TABLE = "ACT_RU_TASK";
  static final String INDEX = "ACT_IDX_TASK_PARENT";

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private DataSource dataSource;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    dataSource = configuration.getDataSource();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    try (Connection connection = dataSource.getConnection()) {
      if (exists(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE INDEX " + INDEX + " ON " + TABLE + " (PARENT_TASK_ID_)");
        LOG.info("Created index {} on {}", INDEX, TABLE);
      } catch (SQLException e) {
        // Another node starting at the same time may have created it first.
        if (!exists(connection)) {
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not create index " + INDEX + " on " + TABLE, e);
    }
  }

  static boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet indexes = metaData.getIndexInfo(connection.getCatalog(), connection.getSchema(), TABLE, false, true)) {
      while (indexes.next()) {
        if (INDEX.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
