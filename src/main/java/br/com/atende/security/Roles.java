package br.com.atende.security;

/** Group ids in the engine's identity service (DESIGN "Groups"). */
public final class Roles {

  public static final String AGENTS = "agents";
  public static final String SUPERVISORS = "supervisors";
  public static final String AUDITORS = "auditors";
  public static final String MAINTENANCE = "maintenance";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String ADMIN = "camunda-admin";

  private static final String STORE_PREFIX = "store-";

  private Roles() {}

  public static String storeGroup(String storeCode) {
    return STORE_PREFIX + storeCode;
  }

  public static String storeOf(String groupId) {
    return groupId.startsWith(STORE_PREFIX) ? groupId.substring(STORE_PREFIX.length()) : null;
  }
}
