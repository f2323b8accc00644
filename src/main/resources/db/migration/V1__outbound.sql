-- Atende's own tables. The engine manages its ACT_* tables itself.
-- Portable between H2 2.x and MySQL 8 / MariaDB >= 10.6. Instants are stored in UTC.

CREATE TABLE stores (
  code        VARCHAR(10)  NOT NULL PRIMARY KEY,
  name        VARCHAR(120) NOT NULL
);

CREATE TABLE campaigns (
  code          VARCHAR(40)   NOT NULL PRIMARY KEY,
  name          VARCHAR(160)  NOT NULL,
  offer         VARCHAR(1000) NOT NULL,
  script        VARCHAR(4000),
  materials_url VARCHAR(1000),
  starts_on     DATE          NOT NULL,
  ends_on       DATE          NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  created_by    VARCHAR(64),
  created_at    DATETIME(3)   NOT NULL
);

CREATE TABLE campaign_stores (
  campaign_code VARCHAR(40) NOT NULL,
  store_code    VARCHAR(10) NOT NULL,
  PRIMARY KEY (campaign_code, store_code),
  CONSTRAINT fk_campaign_stores_campaign FOREIGN KEY (campaign_code) REFERENCES campaigns (code),
  CONSTRAINT fk_campaign_stores_store FOREIGN KEY (store_code) REFERENCES stores (code)
);

-- One row per imported file: who sent it and what came of it.
CREATE TABLE mailings (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_code VARCHAR(40)  NOT NULL,
  file_name     VARCHAR(255),
  imported      INT          NOT NULL,
  rejected      INT          NOT NULL,
  duplicates    INT          NOT NULL,
  imported_by   VARCHAR(64),
  started_at    DATETIME(3)  NOT NULL,
  finished_at   DATETIME(3),
  CONSTRAINT fk_mailings_campaign FOREIGN KEY (campaign_code) REFERENCES campaigns (code)
);

-- "leads" (not "lead": LEAD is a reserved word in MySQL 8).
CREATE TABLE leads (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_code       VARCHAR(40)   NOT NULL,
  store_code          VARCHAR(10),
  mailing_id          BIGINT,
  mailing_line        INT,
  name                VARCHAR(200)  NOT NULL,
  phone               VARCHAR(20)   NOT NULL,
  phone2              VARCHAR(20),
  address             VARCHAR(300),
  city                VARCHAR(120),
  uf                  CHAR(2),
  cpf_cnpj            VARCHAR(14),
  email               VARCHAR(200),
  status              VARCHAR(20)   NOT NULL,
  attempts            INT           NOT NULL DEFAULT 0,
  no_answer_attempts  INT           NOT NULL DEFAULT 0,
  last_outcome        VARCHAR(20),
  assignee            VARCHAR(64),
  callback_at         DATETIME(3),
  callback_kind       VARCHAR(20),
  sale_description    VARCHAR(2000),
  process_instance_id VARCHAR(64),
  created_at          DATETIME(3)   NOT NULL,
  updated_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_leads_campaign_phone UNIQUE (campaign_code, phone),
  CONSTRAINT fk_leads_campaign FOREIGN KEY (campaign_code) REFERENCES campaigns (code)
);
CREATE INDEX ix_leads_mailing ON leads (mailing_id, id);
CREATE INDEX ix_leads_campaign_status ON leads (campaign_code, status);

-- The queue: only leads ready to be served. Position is the auto-increment id, so a lead put back
-- gets a new row and lands at the END. store_code '*' means any store of the campaign.
-- A contact-policy filter (calls per phone per day, calling hours, opt-out) holds a lead back by
-- taking its row out and putting it back later, so "next" never scans held leads.
CREATE TABLE lead_queue (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  lead_id       BIGINT      NOT NULL,
  campaign_code VARCHAR(40) NOT NULL,
  store_code    VARCHAR(10) NOT NULL,
  enqueued_at   DATETIME(3) NOT NULL,
  CONSTRAINT uk_lead_queue_lead UNIQUE (lead_id)
);
CREATE INDEX ix_lead_queue_next ON lead_queue (campaign_code, store_code, id);

-- Every attempt on a lead: who, when, with what outcome.
CREATE TABLE lead_attempts (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  lead_id          BIGINT        NOT NULL,
  attempt_no       INT           NOT NULL,
  agent            VARCHAR(64)   NOT NULL,
  task             VARCHAR(20)   NOT NULL,
  outcome          VARCHAR(20)   NOT NULL,
  reason           VARCHAR(40),
  observation      VARCHAR(4000),
  callback_at      DATETIME(3),
  sale_description VARCHAR(2000),
  conversation     VARCHAR(8000),
  finished_at      DATETIME(3)   NOT NULL,
  CONSTRAINT fk_lead_attempts_lead FOREIGN KEY (lead_id) REFERENCES leads (id)
);
CREATE INDEX ix_lead_attempts_lead ON lead_attempts (lead_id, id);
CREATE INDEX ix_lead_attempts_agent ON lead_attempts (agent, finished_at);
