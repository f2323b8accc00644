package br.com.atende.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, for the agent pages (name, roles, stores, and the token to sign out). */
@RestController
public class MeController {

  private final UserProfiles profiles;

  public MeController(UserProfiles profiles) {
    this.profiles = profiles;
  }

  /** {@code manager}: supervisors, BI and admins (AtendeUser.isManager), for pages that show what only they may change. */
  public record Me(String id, String name, List<String> groups, List<String> stores, boolean manager,
      String csrfParameter, String csrfToken) {}

  @GetMapping("/api/me")
  public Me me(Authentication authentication, HttpServletRequest request) {
    AtendeUser user = AtendeUser.of(authentication);
    String name = profiles.displayName(user.id());
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Me(user.id(), name, user.groups().stream().sorted().toList(), user.storeCodes(), user.isManager(),
        csrf == null ? null : csrf.getParameterName(), csrf == null ? null : csrf.getToken());
  }
}
