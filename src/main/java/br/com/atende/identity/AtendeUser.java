package br.com.atende.identity;

import br.com.atende.common.UserFacingException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user: engine user id and engine groups (authorities are the group ids). */
public record AtendeUser(String id, Set<String> groups) {

  public static AtendeUser of(Authentication authentication) {
    Set<String> groups = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(Collectors.toUnmodifiableSet());
    return new AtendeUser(authentication.getName(), groups);
  }

  public boolean isIn(String group) {
    return groups.contains(group);
  }

  /** Supervisors, BI/process owners and admins: they run campaigns and mailings. */
  public boolean isManager() {
    return isIn(Roles.SUPERVISORS) || isIn(Roles.PROCESS_OWNERS) || isIn(Roles.ADMIN);
  }

  /** This user, when a manager; otherwise the refusal, in pt-BR. */
  public AtendeUser requireManager(String refusal) {
    if (!isManager()) {
      throw UserFacingException.forbidden(refusal);
    }
    return this;
  }

  /** Managers see every store. */
  public boolean seesAllStores() {
    return isManager();
  }

  public boolean worksStore(String storeCode) {
    return isIn(Roles.storeGroup(storeCode));
  }

  public List<String> storeCodes() {
    return groups.stream().map(Roles::storeOf).filter(Objects::nonNull).sorted().toList();
  }
}
