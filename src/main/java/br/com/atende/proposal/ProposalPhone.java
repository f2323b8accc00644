package br.com.atende.proposal;

import br.com.atende.common.Labelled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A client's phone for the pendency's redial (seed 003 "Selecionar telefone"): type, status, last call. */
@Entity
@Table(name = "proposal_phones")
public class ProposalPhone {

  /** Seed 003's "Tipo" options. */
  public enum Type implements Labelled {
    CELULAR("Celular"), COMERCIAL("Comercial"), OUTROS("Outros"), RESIDENCIAL("Residencial");

    private final String label;

    Type(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The result of the last call to this number. */
  public enum Status implements Labelled {
    NOT_CALLED("Não discado"), ANSWERED("Atendeu"), NO_ANSWER("Não atende"), BUSY("Ocupado"),
    WRONG_NUMBER("Número errado ou inexistente");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long proposalId;

  @Enumerated(EnumType.STRING)
  @Column(name = "phone_type")
  private Type type;

  /** E.164. */
  private String phone;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant lastCallAt;

  protected ProposalPhone() {}

  public ProposalPhone(Long proposalId, Type type, String phone) {
    this.proposalId = proposalId;
    this.type = type;
    this.phone = phone;
    this.status = Status.NOT_CALLED;
  }

  void dialed(Status result, Instant at) {
    this.status = result;
    this.lastCallAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public Type getType() {
    return type;
  }

  public String getPhone() {
    return phone;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getLastCallAt() {
    return lastCallAt;
  }
}
