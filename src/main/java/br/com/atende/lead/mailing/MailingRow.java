package br.com.atende.lead.mailing;

import java.util.Map;

/** One data row of a mailing file; line counts from 1 at the header, as a spreadsheet shows it. */
public record MailingRow(int line, Map<String, String> values) {

  public String get(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
