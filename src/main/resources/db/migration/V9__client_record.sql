-- Seed 002: one client record for every feature (search by name, phone or CPF/CNPJ; duplicates
-- flagged for the central team), its interactions ("movimentações"), the sales and their
-- commission, and who is on vacation or absent.

ALTER TABLE clients ADD COLUMN name_key VARCHAR(200);
-- New rows get the name without accents from the application; the old ones start lower-cased.
UPDATE clients SET name_key = LOWER(name);
ALTER TABLE clients ADD COLUMN duplicate_of BIGINT;
ALTER TABLE clients ADD COLUMN created_by VARCHAR(64);
CREATE INDEX ix_clients_name_key ON clients (name_key);
CREATE INDEX ix_clients_cpf ON clients (cpf_cnpj);
CREATE INDEX ix_leads_cpf ON leads (cpf_cnpj);
CREATE INDEX ix_leads_phone2 ON leads (phone2);

CREATE TABLE interactions (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id   BIGINT        NOT NULL,
  channel     VARCHAR(20)   NOT NULL,
  purpose     VARCHAR(30)   NOT NULL,
  summary     VARCHAR(4000) NOT NULL,
  -- The Bitrix card, conversation or deal of this contact.
  link        VARCHAR(500),
  product     VARCHAR(200),
  created_by  VARCHAR(64)   NOT NULL,
  created_at  DATETIME(3)   NOT NULL,
  CONSTRAINT fk_interactions_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_interactions_client ON interactions (client_id, created_at);

CREATE TABLE sales (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id         BIGINT        NOT NULL,
  product           VARCHAR(200)  NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  -- Null when a follow-up was completed as sold: its task does not say how the client was reached.
  channel           VARCHAR(20),
  sold_by           VARCHAR(64)   NOT NULL,
  -- SELLER, FOLLOW_UP_OWNER or MANAGER_DECIDES (DMN commission-attribution) and whom it names.
  commission_to     VARCHAR(20)   NOT NULL,
  commission_user   VARCHAR(64),
  follow_up_owner   VARCHAR(64),
  commission_rule   VARCHAR(200)  NOT NULL,
  closed_follow_ups VARCHAR(500),
  sold_at           DATETIME(3)   NOT NULL,
  CONSTRAINT fk_sales_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_sales_client ON sales (client_id);
CREATE INDEX ix_sales_sold_at ON sales (sold_at);

CREATE TABLE user_availability (
  user_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
  status      VARCHAR(20)  NOT NULL,
  until_day   DATE,
  updated_by  VARCHAR(64)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL
);
