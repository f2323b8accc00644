package br.com.atende.security;

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

  /**
   * The one definition of whose stores a user oversees: BI and admins every store; a supervisor
   * the stores of their store groups, or every store when they are in none (a global supervisor).
   * Null means every store; an empty list, none.
   */
  public List<String> overseenStores() {
    if (isIn(Roles.ADMIN) || isIn(Roles.PROCESS_OWNERS)) {
      return null;
    }
    if (isIn(Roles.SUPERVISORS)) {
      List<String> stores = storeCodes();
      return stores.isEmpty() ? null : stores;
    }
    return List.of();
  }

  public boolean overseesAllStores() {
    return overseenStores() == null;
  }

  /** Whether this user oversees the store (a null store is a lead no store has worked yet: only global overseers). */
  public boolean oversees(String storeCode) {
    List<String> stores = overseenStores();
    return stores == null || (storeCode != null && stores.contains(storeCode));
  }

  /** Whether this user works the store as an agent or oversees it as a manager. */
  public boolean reaches(String storeCode) {
    return (storeCode != null && worksStore(storeCode)) || oversees(storeCode);
  }

  /** Seed 002's commercial, support and registration teams: they work the client registry. */
  public boolean worksClients() {
    return isIn(Roles.SALES) || isIn(Roles.SUPPORT) || isIn(Roles.CENTRAL);
  }

  public boolean worksStore(String storeCode) {
    return isIn(Roles.storeGroup(storeCode));
  }

  public List<String> storeCodes() {
    return groups.stream().map(Roles::storeOf).filter(Objects::nonNull).sorted().toList();
  }
}
