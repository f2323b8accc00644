package br.com.atende.report;

import br.com.atende.common.UserFacingException;
import br.com.atende.security.AtendeUser;
import br.com.atende.security.Roles;
import java.util.List;

/**
 * Whose figures a user may see: a manager those of the stores they oversee
 * ({@link AtendeUser#overseenStores()}); an agent only their own figures.
 */
record ReportScope(List<String> stores, String onlyAgent) {

  static ReportScope of(AtendeUser user) {
    if (user.isManager()) {
      return new ReportScope(user.overseenStores(), null);
    }
    if (user.isIn(Roles.AGENTS)) {
      return new ReportScope(user.storeCodes(), user.id());
    }
    throw UserFacingException.forbidden("Você não tem acesso aos relatórios.");
  }

  /** The filter as this user may run it: an agent always sees only themselves. */
  ReportFilter restrict(ReportFilter filter) {
    if (filter.store() != null && stores != null && !stores.contains(filter.store())) {
      throw UserFacingException.forbidden("Você não acompanha a loja " + filter.store() + ".");
    }
    if (onlyAgent != null && filter.agent() != null && !filter.agent().equals(onlyAgent)) {
      throw UserFacingException.forbidden("Você só vê os seus próprios números.");
    }
    return onlyAgent == null ? filter : filter.withAgent(onlyAgent);
  }
}
