package br.com.atende.common;

/**
 * Text from outside (a mailing's names and addresses, a campaign's name or offer) shown inside a
 * form's markdown {@code text} component, so it reads as the text it is: a lead named
 * "[Clique aqui](https://phish.example)" must not become a link in the agent's form.
 */
public final class Markdown {

  /**
   * Always escaped: they make links, emphasis, code, tables or template braces anywhere. "(" and
   * "!" make a link or image only next to "[", which is escaped, so names keep their parentheses
   * where Tasklist lists the variable as plain text.
   */
  private static final String INLINE = "\\`*_[]|{}";
  /** Escaped where a block can start (the beginning of the value): heading or list. */
  private static final String BLOCK_START = "#+-";

  private Markdown() {}

  /**
   * One line of literal text for a markdown template: tags escaped (form-js renders the markdown's
   * HTML; "&" and quotes are harmless once "<" is), markdown punctuation
   * backslash-escaped, line breaks turned into spaces (a value is inline, it never opens a
   * block of its own). "#", "+" and "-" start a heading or a list only at the beginning of a line,
   * so only there are they escaped, and "Maria-José" stays readable where Tasklist lists the
   * variable as plain text. Null stays null.
   */
  public static String escape(String text) {
    if (text == null) {
      return null;
    }
    return escapeLine(text);
  }

  /** Several lines of literal text (a script): each line escaped, kept as a line break of its own. */
  public static String escapeLines(String text) {
    if (text == null) {
      return null;
    }
    return String.join("  \n", text.lines().map(Markdown::escapeLine).toList());
  }

  private static String escapeLine(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r', '\n' -> out.append(' ');
        default -> {
          if (INLINE.indexOf(c) >= 0 || (i == 0 && BLOCK_START.indexOf(c) >= 0)) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
