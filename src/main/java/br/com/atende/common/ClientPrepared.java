package br.com.atende.common;

import com.mysql.cj.jdbc.JdbcConnection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A statement with many parameters (a batch of a thousand rows, an IN list of a thousand phones)
 * prepared on the client when the driver is Connector/J. The URL's useCursorFetch (the report
 * exports) makes every statement server-prepared, and such a statement was then prepared anew on
 * the server at each batch, every placeholder described back to the driver: more than half of the
 * import's JDBC time. Client-side it goes as one statement text in one round trip. Other drivers
 * (H2) prepare as usual.
 */
public final class ClientPrepared {

  private ClientPrepared() {}

  /** {@code keys}: {@link java.sql.Statement#RETURN_GENERATED_KEYS} or {@code NO_GENERATED_KEYS}. */
  public static PreparedStatement prepare(Connection connection, String sql, int keys) throws SQLException {
    if (connection.isWrapperFor(JdbcConnection.class)) {
      return connection.unwrap(JdbcConnection.class).clientPrepareStatement(sql, keys);
    }
    return connection.prepareStatement(sql, keys);
  }
}
