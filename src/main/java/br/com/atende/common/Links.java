package br.com.atende.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Links users paste (campaign materials, the Bitrix card): http(s) only, safe inside a markdown link. */
public final class Links {

  // No spaces, parentheses, brackets or quotes: forms put the link in markdown, where they would end it early.
  private static final Pattern SAFE = Pattern.compile("https?://[^\\s()\\[\\]<>\"'`\\\\{}|^]+", Pattern.CASE_INSENSITIVE);

  private Links() {}

  /** The link trimmed, null when blank; a pt-BR 400 naming the field when it is no http(s) address with a host. */
  public static String requireHttp(String value, String fieldLabel) {
    String link = Text.blankToNull(value);
    if (link == null) {
      return null;
    }
    Text.requireMaxLength(link, 500, fieldLabel);
    if (!SAFE.matcher(link).matches() || host(link) == null) {
      throw UserFacingException.badRequest(fieldLabel + ": informe um endereço que comece com http:// ou https://, "
          + "sem espaços, parênteses, colchetes ou aspas.");
    }
    return link;
  }

  private static String host(String link) {
    try {
      return new URI(link).getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
