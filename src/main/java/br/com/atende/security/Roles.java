package br.com.atende.security;

/** Group ids in the engine's identity service (DESIGN "Groups"). */
public final class Roles {

  public static final String AGENTS = "agents";
  public static final String SUPERVISORS = "supervisors";
  public static final String AUDITORS = "auditors";
  public static final String MAINTENANCE = "maintenance";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String ADMIN = "camunda-admin";
  /** Seed 002: the commercial team ("comercial"). */
  public static final String SALES = "sales";
  /** Seed 002: the support team ("suporte"). */
  public static final String SUPPORT = "support";
  /** Seed 002: the registration desk ("central de cadastros"), which treats duplicates. */
  public static final String CENTRAL = "central";

  private static final String STORE_PREFIX = "store-";

  private Roles() {}

  public static String storeGroup(String storeCode) {
    return STORE_PREFIX + storeCode;
  }

  public static String storeOf(String groupId) {
    return groupId.startsWith(STORE_PREFIX) ? groupId.substring(STORE_PREFIX.length()) : null;
  }
}
