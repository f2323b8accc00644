-- Dealer post-sale agenda (seed 004): clients and their fleet, event types, events, loss and
-- complaint reasons, and the LeadZap WhatsApp dispatches of each appointment.

CREATE TABLE clients (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  name            VARCHAR(200) NOT NULL,
  phone           VARCHAR(20)  NOT NULL,
  cpf_cnpj        VARCHAR(14),
  email           VARCHAR(200),
  -- LGPD: "Não quer WhatsApp", every contact by phone only.
  no_whatsapp     BOOLEAN      DEFAULT FALSE NOT NULL,
  wants_new_car   BOOLEAN      DEFAULT FALSE NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL
);
CREATE INDEX ix_clients_phone ON clients (phone);

CREATE TABLE vehicles (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  client_id  BIGINT       NOT NULL,
  plate      VARCHAR(10),
  model      VARCHAR(120) NOT NULL,
  model_year INT,
  CONSTRAINT fk_vehicles_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_vehicles_client ON vehicles (client_id);

-- Departments: TODOS, SERVICOS, VENDAS, ... (the fallback of the loss reasons).
CREATE TABLE loss_reasons (
  code       VARCHAR(40)  NOT NULL PRIMARY KEY,
  name       VARCHAR(160) NOT NULL,
  department VARCHAR(40)  NOT NULL
);

CREATE TABLE event_types (
  code              VARCHAR(40)  NOT NULL PRIMARY KEY,
  name              VARCHAR(160) NOT NULL,
  group_name        VARCHAR(80)  NOT NULL,
  premium           BOOLEAN      DEFAULT FALSE NOT NULL,
  department        VARCHAR(40)  NOT NULL,
  fixed_responsible VARCHAR(64),
  team              VARCHAR(64)
);

-- "Motivos de perda cruzados com o tipo de evento".
CREATE TABLE event_type_loss_reasons (
  event_type_code  VARCHAR(40) NOT NULL,
  loss_reason_code VARCHAR(40) NOT NULL,
  PRIMARY KEY (event_type_code, loss_reason_code),
  CONSTRAINT fk_etlr_type FOREIGN KEY (event_type_code) REFERENCES event_types (code),
  CONSTRAINT fk_etlr_reason FOREIGN KEY (loss_reason_code) REFERENCES loss_reasons (code)
);

CREATE TABLE service_events (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  type_code           VARCHAR(40)   NOT NULL,
  client_id           BIGINT        NOT NULL,
  vehicle_id          BIGINT,
  status              VARCHAR(20)   NOT NULL,
  responsible         VARCHAR(64),
  technician          VARCHAR(120),
  due_on              DATE,
  appointment_at      DATETIME(3),
  loss_reason         VARCHAR(40),
  observation         VARCHAR(2000),
  process_instance_id VARCHAR(64),
  created_at          DATETIME(3)   NOT NULL,
  updated_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_service_events_code UNIQUE (code),
  CONSTRAINT fk_service_events_type FOREIGN KEY (type_code) REFERENCES event_types (code),
  CONSTRAINT fk_service_events_client FOREIGN KEY (client_id) REFERENCES clients (id),
  CONSTRAINT fk_service_events_vehicle FOREIGN KEY (vehicle_id) REFERENCES vehicles (id)
);
CREATE INDEX ix_service_events_client ON service_events (client_id, status);
CREATE INDEX ix_service_events_status ON service_events (status, due_on);

-- One row per WhatsApp message LeadZap sends (or is asked to send) for an event.
CREATE TABLE leadzap_dispatches (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id            BIGINT        NOT NULL,
  kind                VARCHAR(20)   NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  message             VARCHAR(1000) NOT NULL,
  provider_message_id VARCHAR(200),
  attempts            INT           DEFAULT 0 NOT NULL,
  last_error          VARCHAR(1000),
  created_at          DATETIME(3)   NOT NULL,
  sent_at             DATETIME(3),
  CONSTRAINT fk_leadzap_dispatches_event FOREIGN KEY (event_id) REFERENCES service_events (id)
);
CREATE INDEX ix_leadzap_dispatches_event ON leadzap_dispatches (event_id, kind);
CREATE INDEX ix_leadzap_dispatches_message ON leadzap_dispatches (provider_message_id);

-- "Motivos de reclamação": only those with a team or a fixed responsible can open a complaint,
-- which is an event of the reason's event type.
CREATE TABLE complaint_reasons (
  code              VARCHAR(40)  NOT NULL PRIMARY KEY,
  name              VARCHAR(160) NOT NULL,
  event_type_code   VARCHAR(40)  NOT NULL,
  fixed_responsible VARCHAR(64),
  team              VARCHAR(64),
  CONSTRAINT fk_complaint_reasons_type FOREIGN KEY (event_type_code) REFERENCES event_types (code)
);

ALTER TABLE service_events ADD complaint_reason VARCHAR(40);
