-- Seed 002, part 2: open invoices ("boletos em aberto") per client, the central team's treatment
-- of duplicate registrations (the record merged into the one kept) and quotes ("orçamentos").

CREATE TABLE invoices (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id   BIGINT         NOT NULL,
  -- The boleto's number ("nosso número"), one per client: a re-import updates it.
  number      VARCHAR(40)    NOT NULL,
  description VARCHAR(500),
  due_on      DATE           NOT NULL,
  amount      DECIMAL(12, 2) NOT NULL,
  -- OPEN, PAID, CANCELLED or WAIVED (a debt over a year old, waived when the client recontracts).
  status      VARCHAR(20)    NOT NULL,
  created_by  VARCHAR(64)    NOT NULL,
  created_at  DATETIME(3)    NOT NULL,
  updated_by  VARCHAR(64)    NOT NULL,
  updated_at  DATETIME(3)    NOT NULL,
  CONSTRAINT uk_invoices_number UNIQUE (client_id, number),
  CONSTRAINT fk_invoices_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_invoices_open ON invoices (client_id, status, due_on);

-- The record a duplicate was merged into; merged records leave the search.
ALTER TABLE clients ADD COLUMN merged_into BIGINT;

CREATE TABLE duplicate_registrations (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  -- The new record and the one whose CPF/CNPJ it repeats.
  client_id           BIGINT        NOT NULL,
  existing_id         BIGINT        NOT NULL,
  -- OPEN or TREATED.
  status              VARCHAR(20)   NOT NULL,
  kept_id             BIGINT,
  merged_id           BIGINT,
  -- The checklist items done, comma-separated codes.
  checklist           VARCHAR(500),
  observation         VARCHAR(2000),
  process_instance_id VARCHAR(64),
  treated_by          VARCHAR(64),
  treated_at          DATETIME(3),
  created_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_duplicate_registrations_code UNIQUE (code),
  CONSTRAINT fk_duplicate_registrations_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_duplicate_registrations_existing FOREIGN KEY (existing_id) REFERENCES clients (id)
);
CREATE INDEX ix_duplicate_registrations_client ON duplicate_registrations (client_id);
CREATE INDEX ix_duplicate_registrations_existing ON duplicate_registrations (existing_id);

CREATE TABLE quotes (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(20),
  client_id   BIGINT         NOT NULL,
  total       DECIMAL(14, 2) NOT NULL,
  valid_until DATE           NOT NULL,
  notes       VARCHAR(2000),
  created_by  VARCHAR(64)    NOT NULL,
  created_at  DATETIME(3)    NOT NULL,
  CONSTRAINT uk_quotes_code UNIQUE (code),
  CONSTRAINT fk_quotes_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_quotes_client ON quotes (client_id);

CREATE TABLE quote_items (
  quote_id   BIGINT         NOT NULL,
  line_no    INT            NOT NULL,
  product    VARCHAR(200)   NOT NULL,
  quantity   INT            NOT NULL,
  unit_price DECIMAL(12, 2) NOT NULL,
  PRIMARY KEY (quote_id, line_no),
  CONSTRAINT fk_quote_items_quote FOREIGN KEY (quote_id) REFERENCES quotes (id)
);
