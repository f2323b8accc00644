package br.com.atende.campaign;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

@Entity
@Table(name = "campaigns")
public class Campaign {

  @Id
  private String code;

  private String name;
  private String offer;
  private String script;
  private String materialsUrl;
  private LocalDate startsOn;
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  /** Seed 003's "Tipo de auditoria" of this operation's sales; the proposals keep it. */
  @Enumerated(EnumType.STRING)
  private AuditType auditType = AuditType.OFFLINE;

  /** Whether its calls are unsolicited (SART: hours and daily cap) or asked for by the clients. */
  @Enumerated(EnumType.STRING)
  private ContactPolicy contactPolicy = ContactPolicy.SART;
  private String createdBy;
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_action_types", joinColumns = @JoinColumn(name = "campaign_code"))
  @OrderColumn(name = "sort_order")
  private List<ActionType> actionTypes = new ArrayList<>();

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "campaign_stores",
      joinColumns = @JoinColumn(name = "campaign_code"),
      inverseJoinColumns = @JoinColumn(name = "store_code"))
  private Set<Store> stores = new LinkedHashSet<>();

  protected Campaign() {}

  public Campaign(String code, String name, String offer, String script, String materialsUrl, LocalDate startsOn,
      LocalDate endsOn, Set<Store> stores, List<ActionType> actionTypes, AuditType auditType, ContactPolicy contactPolicy, String createdBy) {
    this.code = code;
    this.name = name;
    this.offer = offer;
    this.script = script;
    this.materialsUrl = materialsUrl;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.stores = new LinkedHashSet<>(stores);
    this.actionTypes = new ArrayList<>(actionTypes);
    this.auditType = auditType;
    this.contactPolicy = contactPolicy;
    this.status = CampaignStatus.ACTIVE;
    this.createdBy = createdBy;
    this.createdAt = BusinessTime.now();
  }

  /** Serving leads: open, started, and not past its last day (São Paulo). */
  public boolean isActiveOn(LocalDate day) {
    return status == CampaignStatus.ACTIVE && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  public boolean serves(String storeCode) {
    return stores.stream().anyMatch(store -> store.getCode().equals(storeCode));
  }

  /** The campaign is valid until the end of its last day, São Paulo time. */
  public Instant endsAt() {
    return endsOn.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant();
  }

  public void close() {
    this.status = CampaignStatus.CLOSED;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getOffer() {
    return offer;
  }

  public String getScript() {
    return script;
  }

  public String getMaterialsUrl() {
    return materialsUrl;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  public List<ActionType> getActionTypes() {
    return actionTypes;
  }

  /** What the conversation starts with: the first action type's script, else the campaign's. */
  public String openingScript() {
    return actionTypes.stream().map(ActionType::getScript).filter(Objects::nonNull).findFirst()
        .orElse(script);
  }

  public Set<Store> getStores() {
    return stores;
  }

  public AuditType getAuditType() {
    return auditType;
  }

  public ContactPolicy getContactPolicy() {
    return contactPolicy;
  }
}
