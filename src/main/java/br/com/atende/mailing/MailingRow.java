package br.com.atende.mailing;

import br.com.atende.common.Text;
import java.util.Map;

/** One data row of a mailing file; line counts from 1 at the header, as a spreadsheet shows it. */
public record MailingRow(int line, Map<String, String> values) {

  public String get(String column) {
    return Text.blankToNull(values.get(column));
  }
}
