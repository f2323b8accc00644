-- Post-sale proposals (seed 003). The proposal process holds the flow; these rows hold the data
-- the search, the export and every task's form read, and the log of every change.

-- Seed 003's "Tipo de auditoria" is chosen per operation, so per campaign.
ALTER TABLE campaigns ADD audit_type VARCHAR(20) DEFAULT 'OFFLINE' NOT NULL;

CREATE TABLE proposals (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  lead_id             BIGINT        NOT NULL,
  campaign_code       VARCHAR(40)   NOT NULL,
  store_code          VARCHAR(10),
  seller              VARCHAR(64)   NOT NULL,
  audit_type          VARCHAR(20)   NOT NULL,
  client_name         VARCHAR(200)  NOT NULL,
  cpf_cnpj            VARCHAR(14),
  email               VARCHAR(200),
  address             VARCHAR(300),
  product             VARCHAR(2000) NOT NULL,
  situation           VARCHAR(30)   NOT NULL,
  sold_at             DATETIME(3)   NOT NULL,
  updated_at          DATETIME(3)   NOT NULL,
  process_instance_id VARCHAR(64),
  CONSTRAINT uk_proposals_code UNIQUE (code),
  CONSTRAINT fk_proposals_lead FOREIGN KEY (lead_id) REFERENCES leads (id)
);
CREATE INDEX ix_proposals_sold ON proposals (sold_at);
CREATE INDEX ix_proposals_seller ON proposals (seller, sold_at);
CREATE INDEX ix_proposals_situation ON proposals (situation, sold_at);
CREATE INDEX ix_proposals_cpf ON proposals (cpf_cnpj);
CREATE INDEX ix_proposals_lead ON proposals (lead_id);

-- Every move and every edit: who, when, in which task, from which situation to which.
CREATE TABLE proposal_changes (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id     BIGINT        NOT NULL,
  changed_at      DATETIME(3)   NOT NULL,
  changed_by      VARCHAR(64)   NOT NULL,
  task            VARCHAR(40)   NOT NULL,
  from_situation  VARCHAR(30),
  to_situation    VARCHAR(30)   NOT NULL,
  cancel_reason   VARCHAR(40),
  observation     VARCHAR(4000),
  changed_fields  VARCHAR(4000),
  CONSTRAINT fk_proposal_changes_proposal FOREIGN KEY (proposal_id) REFERENCES proposals (id)
);
CREATE INDEX ix_proposal_changes_proposal ON proposal_changes (proposal_id, id);

-- The client's phones for the pendency's redial: type, status and last call (seed 003).
CREATE TABLE proposal_phones (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id   BIGINT       NOT NULL,
  phone_type    VARCHAR(20)  NOT NULL,
  phone         VARCHAR(20)  NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  last_call_at  DATETIME(3),
  CONSTRAINT uk_proposal_phones UNIQUE (proposal_id, phone),
  CONSTRAINT fk_proposal_phones_proposal FOREIGN KEY (proposal_id) REFERENCES proposals (id)
);
