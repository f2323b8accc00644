package br.com.atende.common;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** One batched INSERT for the imports: a round trip per batch, not per row, and the new ids back. */
public final class BatchInsert {

  /** Binds one item to the statement's parameters. */
  public interface Binder<T> {
    void bind(PreparedStatement insert, T item) throws SQLException;
  }

  private BatchInsert() {}

  /** Inserts the items in one batch; answers their generated ids in ascending order. */
  public static <T> List<Long> ids(JdbcTemplate jdbc, String sql, List<T> items, Binder<T> binder) {
    if (items.isEmpty()) {
      return List.of();
    }
    return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
      try (PreparedStatement insert = ClientPrepared.prepare(connection, sql, Statement.RETURN_GENERATED_KEYS)) {
        for (T item : items) {
          binder.bind(insert, item);
          insert.addBatch();
        }
        insert.executeBatch();
        List<Long> ids = new ArrayList<>(items.size());
        try (ResultSet keys = insert.getGeneratedKeys()) {
          while (keys.next()) {
            ids.add(keys.getLong(1));
          }
        }
        ids.sort(null);
        return ids;
      }
    });
  }
}
