package br.com.atende.contactpolicy;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * SART's daily limit per number, across campaigns and stores: phone_daily_calls counts the pulls of
 * a number per local day. Taking a call is an insert (or, from the second call, a conditional
 * update) that locks the number's row until
 * the pull commits, so two nodes pulling two leads of one number cannot both pass the limit.
 */
@Repository
class DailyCalls {

  private final JdbcTemplate jdbc;

  DailyCalls(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Counts one call to the number on that day if it stays within {@code max}; false when the limit is reached. */
  boolean take(String phone, LocalDate day, int max) {
    if (max <= 0) {
      return false;
    }
    try {
      // Most pulls are a number's first call of the day: one statement.
      jdbc.update("INSERT INTO phone_daily_calls (phone, local_day, calls) VALUES (?, ?, 1)", phone, day);
      return true;
    } catch (DuplicateKeyException calledToday) {
      return increment(phone, day, max);
    }
  }

  private boolean increment(String phone, LocalDate day, int max) {
    return jdbc.update("UPDATE phone_daily_calls SET calls = calls + 1 WHERE phone = ? AND local_day = ? AND calls < ?",
        phone, day, max) == 1;
  }
}
