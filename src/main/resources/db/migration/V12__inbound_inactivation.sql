-- Seed 002, part 2: inbound contacts ("Vendas (receptivo)") routed by DMN inbound-routing, and
-- client inactivations (manual or automatic), which route a recontract contact.

CREATE TABLE inbound_contacts (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  client_id           BIGINT        NOT NULL,
  channel             VARCHAR(20)   NOT NULL,
  -- BUY, PRICE_INQUIRY, SUPPORT or RECONTRACT.
  intent              VARCHAR(20)   NOT NULL,
  product             VARCHAR(200),
  message             VARCHAR(4000),
  -- What the routing table decided: OWNER, INACTIVATOR or GROUP, whom, and the row's name, kept.
  route_to            VARCHAR(20),
  routed_user         VARCHAR(64),
  routed_group        VARCHAR(64),
  routing_rule        VARCHAR(60),
  rule_explanation    VARCHAR(500),
  -- When the routed person did not answer in time (or handed it over) and the sales team got it.
  handed_over_at      DATETIME(3),
  -- OPEN or ATTENDED.
  status              VARCHAR(20)   NOT NULL,
  -- SOLD, QUOTE_SENT or RESOLVED.
  outcome             VARCHAR(20),
  note                VARCHAR(4000),
  client_answer       VARCHAR(2000),
  sale_id             BIGINT,
  follow_up_code      VARCHAR(20),
  attended_by         VARCHAR(64),
  attended_at         DATETIME(3),
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_inbound_contacts_code UNIQUE (code),
  CONSTRAINT fk_inbound_contacts_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_inbound_contacts_client ON inbound_contacts (client_id);

CREATE TABLE client_inactivations (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id       BIGINT        NOT NULL,
  -- MANUAL (someone inactivated it) or AUTOMATIC (the system did).
  kind            VARCHAR(20)   NOT NULL,
  reason          VARCHAR(2000) NOT NULL,
  inactivated_by  VARCHAR(64)   NOT NULL,
  inactivated_at  DATETIME(3)   NOT NULL,
  -- Set by the recontract sale: the client is active again and this one no longer routes.
  reactivated_by  VARCHAR(64),
  reactivated_at  DATETIME(3),
  CONSTRAINT fk_client_inactivations_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_client_inactivations_client ON client_inactivations (client_id, inactivated_at);
