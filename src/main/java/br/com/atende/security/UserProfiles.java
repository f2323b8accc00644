package br.com.atende.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A user's name as the engine's identity service keeps it. */
@Component
public class UserProfiles {

  private final IdentityService identityService;

  public UserProfiles(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** First and last name, or the id when the user has no profile. */
  public String displayName(String userId) {
    User profile = identityService.createUserQuery().userId(userId).singleResult();
    return profile == null ? userId : (profile.getFirstName() + " " + profile.getLastName()).trim();
  }
}
