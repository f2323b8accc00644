package br.com.atende.leadattendance;

import br.com.atende.lead.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agent's named filter over their list (seed 001 "filtros personalizados"); null criteria mean any. */
@Entity
@Table(name = "saved_filters")
public class SavedFilter {

  /** Which list the filter opens: seed 001's three, plus the campaign's clients no one worked yet. */
  public enum AgentList {
    NOT_ACTED(null), NOT_WORKED(MyWork.ListStatus.NOT_WORKED), SCHEDULED(MyWork.ListStatus.SCHEDULED),
    CONCLUDED(MyWork.ListStatus.CONCLUDED);

    private final MyWork.ListStatus status;

    AgentList(MyWork.ListStatus status) {
      this.status = status;
    }

    /** The agent's own list it reads; null for NOT_ACTED, which reads the campaign's clients. */
    public MyWork.ListStatus status() {
      return status;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String userId;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "list_kind")
  private AgentList list;

  private String campaignCode;
  private String storeCode;
  private String city;

  @Enumerated(EnumType.STRING)
  private Outcome lastOutcome;

  private Instant createdAt;

  protected SavedFilter() {}

  SavedFilter(String userId, String name, AgentList list, String campaignCode, String storeCode, String city,
      Outcome lastOutcome, Instant createdAt) {
    this.userId = userId;
    this.name = name;
    this.list = list;
    this.campaignCode = campaignCode;
    this.storeCode = storeCode;
    this.city = city;
    this.lastOutcome = lastOutcome;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public AgentList getList() {
    return list;
  }

  public String getCampaignCode() {
    return campaignCode;
  }

  public String getStoreCode() {
    return storeCode;
  }

  public String getCity() {
    return city;
  }

  public Outcome getLastOutcome() {
    return lastOutcome;
  }
}
