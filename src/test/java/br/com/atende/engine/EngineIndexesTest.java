package br.com.atende.engine;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.atende.support.MariaDbIntegrationTest;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The index the engine's schema lacks is there once the engine has started. */
@MariaDbIntegrationTest
class EngineIndexesTest {

  @Autowired DataSource dataSource;

  @Test
  void subtasksAreFoundByAnIndexNotByReadingEveryOpenTask() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(EngineIndexes.exists(connection)).isTrue();
    }
  }
}
