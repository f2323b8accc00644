-- Seed 002 part 2, items 4 and 8: trainings the support team gives to clients on published days and
-- shifts, and third-party contracting (a sale's contractor; sensitive data changes the holder validates).

-- A day and shift a support member gives trainings, with its seats. Each runs in a
-- `training-session` instance whose business key is the code ("TR-000042").
CREATE TABLE training_slots (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  training_day        DATE          NOT NULL,
  -- MORNING or AFTERNOON.
  shift               VARCHAR(20)   NOT NULL,
  capacity            INT           NOT NULL,
  trainer             VARCHAR(64)   NOT NULL,
  -- OPEN until the trainer records the session, then GIVEN.
  status              VARCHAR(20)   NOT NULL,
  attendance_note     VARCHAR(4000),
  given_at            DATETIME(3),
  given_by            VARCHAR(64),
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_training_slots_code UNIQUE (code),
  CONSTRAINT uk_training_slots_trainer_shift UNIQUE (training_day, shift, trainer)
);
CREATE INDEX ix_training_slots_day ON training_slots (training_day);

-- A client booked into a slot. A cancelled booking stays (cancelled_at) for the timeline; the
-- seats and the one-booking-per-client rule are checked with the slot's row locked.
CREATE TABLE training_bookings (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  slot_id       BIGINT        NOT NULL,
  client_id     BIGINT        NOT NULL,
  booked_by     VARCHAR(64)   NOT NULL,
  booked_at     DATETIME(3)   NOT NULL,
  cancelled_by  VARCHAR(64),
  cancelled_at  DATETIME(3),
  CONSTRAINT fk_training_bookings_slot FOREIGN KEY (slot_id) REFERENCES training_slots (id),
  CONSTRAINT fk_training_bookings_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_training_bookings_slot ON training_bookings (slot_id, cancelled_at);
CREATE INDEX ix_training_bookings_client ON training_bookings (client_id);

-- "Qualquer terceiro pode realizar contratação": who contracted, when not the holder.
ALTER TABLE sales ADD COLUMN third_party_name VARCHAR(200);
ALTER TABLE sales ADD COLUMN third_party_relation VARCHAR(100);

-- A change of sensitive data (name, CPF/CNPJ, e-mail) a third party asked for; applied only when
-- the holder confirms, in a `holder-validation` instance whose business key is the code ("VT-000042").
CREATE TABLE data_change_requests (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  client_id           BIGINT        NOT NULL,
  new_name            VARCHAR(200),
  new_cpf_cnpj        VARCHAR(14),
  new_email           VARCHAR(200),
  requested_by        VARCHAR(200)  NOT NULL,
  relation            VARCHAR(100)  NOT NULL,
  -- PENDING, then CONFIRMED or REFUSED.
  status              VARCHAR(20)   NOT NULL,
  decision_note       VARCHAR(2000),
  decided_by          VARCHAR(64),
  decided_at          DATETIME(3),
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uk_data_change_requests_code UNIQUE (code),
  CONSTRAINT fk_data_change_requests_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_data_change_requests_client ON data_change_requests (client_id);
