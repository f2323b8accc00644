package br.com.atende.security;

import br.com.atende.common.UserFacingException;
import br.com.atende.refusal.RefusalBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * CSRF defence for /api writes that ride on the browser's session cookie: they must come from
 * our own pages, which the browser proves with the Origin header (sent by every fetch that is not
 * a GET) or, failing that, the Referer. Calls that authenticate themselves (HTTP Basic, the
 * integrators') carry nothing another site could borrow, so they are not checked; neither are
 * reads. Our pages need no token this way, and the check does not depend on SameSite support.
 */
class SameOriginApiWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final String REFUSAL = "Pedido recusado: alterações pela sessão do navegador só são "
      + "aceitas a partir das páginas do Atende. Recarregue a página e tente de novo.";

  private static final UrlPathHelper URL_PATHS = new UrlPathHelper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // The decoded path, as the dispatcher routes it: "/%61pi/..." is /api too.
    String path = URL_PATHS.getPathWithinApplication(request);
    return !path.startsWith("/api/") || SAFE_METHODS.contains(request.getMethod())
        || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    boolean bySession = signedIn != null && signedIn.isAuthenticated()
        && !(signedIn instanceof AnonymousAuthenticationToken);
    if (bySession && !fromOurPages(request)) {
      RefusalBody.write(response, UserFacingException.forbidden(REFUSAL));
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean fromOurPages(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    return origin != null ? sameOrigin(origin, request) : sameOrigin(request.getHeader(HttpHeaders.REFERER), request);
  }

  /** Scheme, host and port as this request reached us (behind a proxy: as it forwards them). */
  private static boolean sameOrigin(String url, HttpServletRequest request) {
    if (url == null || url.isBlank() || "null".equals(url)) {
      return false;
    }
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return false;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
      return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
          && uri.getHost().equalsIgnoreCase(request.getServerName())
          && port == request.getServerPort();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
