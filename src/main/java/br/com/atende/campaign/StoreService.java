package br.com.atende.campaign;

import br.com.atende.security.AtendeUser;

import br.com.atende.common.UserFacingException;
import br.com.atende.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A store and its engine group "store-<code>": membership is what lets an agent work it. */
@Service
public class StoreService {

  private final StoreRepository stores;
  private final IdentityService identityService;

  public StoreService(StoreRepository stores, IdentityService identityService) {
    this.stores = stores;
    this.identityService = identityService;
  }

  /** A store over /api: managers only. */
  @Transactional
  public Store create(String code, String name, AtendeUser user) {
    user.requireManager(CampaignService.MANAGERS_ONLY);
    return create(code, name);
  }

  @Transactional
  public Store create(String code, String name) {
    if (code == null || !code.matches("[0-9A-Za-z]{1,10}")) {
      throw UserFacingException.badRequest("Código de loja inválido: use até 10 letras ou números.");
    }
    if (name == null || name.isBlank()) {
      throw UserFacingException.badRequest("Informe o nome da loja.");
    }
    if (stores.existsById(code)) {
      throw UserFacingException.conflict("A loja " + code + " já existe.");
    }
    Store store = stores.save(new Store(code, name.trim()));
    String groupId = Roles.storeGroup(code);
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName("Loja " + code + " - " + store.getName());
      group.setType("STORE");
      identityService.saveGroup(group);
    }
    return store;
  }
}
