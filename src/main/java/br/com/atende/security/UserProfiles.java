package br.com.atende.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A user's name and groups as the engine's identity service keeps them. */
@Component
public class UserProfiles {

  private final IdentityService identityService;

  public UserProfiles(IdentityService identityService) {
    this.identityService = identityService;
  }

  public boolean exists(String userId) {
    return userId != null && identityService.createUserQuery().userId(userId).count() > 0;
  }

  /** Whether the user is a member of the group. */
  public boolean isMember(String userId, String groupId) {
    return userId != null && identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /** The ids of the group's members, sorted. */
  public java.util.List<String> members(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }

  /** First and last name, or the id when the user has no profile. */
  public String displayName(String userId) {
    if (userId == null) {
      return null;
    }
    User profile = identityService.createUserQuery().userId(userId).singleResult();
    return profile == null ? userId : (profile.getFirstName() + " " + profile.getLastName()).trim();
  }
}
