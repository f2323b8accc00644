package br.com.atende.followup;

import br.com.atende.common.BusinessTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened to a follow-up, for the client's timeline. */
@Entity
@Table(name = "follow_up_events")
public class FollowUpEvent {

  /** What happened, with the timeline's pt-BR headline. */
  public enum Kind {
    OPENED("Agendamento aberto"),
    VALIDATED("Agendamento validado pelo gestor"),
    REJECTED("Agendamento rejeitado pelo gestor"),
    RENEWED("Agendamento renovado"),
    REASSIGNED("Agendamento transferido"),
    CONCLUDED("Agendamento concluído"),
    SOLD("Agendamento encerrado com venda"),
    EXPIRED("Agendamento expirado");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long followUpId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private Instant happenedAt;

  @Column(name = "done_by")
  private String by;

  private String detail;

  protected FollowUpEvent() {}

  FollowUpEvent(Long followUpId, Kind kind, String by, String detail) {
    this.followUpId = followUpId;
    this.kind = kind;
    this.happenedAt = BusinessTime.now();
    this.by = by;
    this.detail = detail;
  }

  public Long getFollowUpId() {
    return followUpId;
  }

  public Kind getKind() {
    return kind;
  }

  public Instant getHappenedAt() {
    return happenedAt;
  }

  public String getBy() {
    return by;
  }

  public String getDetail() {
    return detail;
  }
}
