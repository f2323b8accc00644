-- Follow-ups ("agendamentos", seed 002). Each one runs in a `follow-up` process instance whose
-- business key is its code; this row is the source of truth for who owns it, what it is about and
-- its deadlines (dates in São Paulo), and follow_up_events its history for the client's timeline.

CREATE TABLE follow_ups (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20),
  client_id           BIGINT        NOT NULL,
  type                VARCHAR(30)   NOT NULL,
  product             VARCHAR(200)  NOT NULL,
  owner               VARCHAR(64)   NOT NULL,
  budget_sent         BOOLEAN       DEFAULT FALSE NOT NULL,
  observation         VARCHAR(4000) NOT NULL,
  due_on              DATE          NOT NULL,
  max_due_on          DATE          NOT NULL,
  status              VARCHAR(30)   NOT NULL,
  -- More than 7 days ahead when opened: it counts only once validated (validated_by set).
  needs_validation    BOOLEAN       DEFAULT FALSE NOT NULL,
  renewals            INT           DEFAULT 0 NOT NULL,
  process_instance_id VARCHAR(64),
  created_by          VARCHAR(64)   NOT NULL,
  created_at          DATETIME(3)   NOT NULL,
  validated_by        VARCHAR(64),
  closed_at           DATETIME(3),
  closed_by           VARCHAR(64),
  closing_note        VARCHAR(4000),
  CONSTRAINT uk_follow_ups_code UNIQUE (code),
  CONSTRAINT fk_follow_ups_client FOREIGN KEY (client_id) REFERENCES clients (id)
);
CREATE INDEX ix_follow_ups_client ON follow_ups (client_id, status);
CREATE INDEX ix_follow_ups_owner ON follow_ups (owner, status, due_on);
CREATE INDEX ix_follow_ups_created ON follow_ups (created_at);

-- Opened, validated, rejected, renewed, reassigned, concluded, sold, expired: who, when, what.
CREATE TABLE follow_up_events (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  follow_up_id BIGINT        NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  happened_at  DATETIME(3)   NOT NULL,
  done_by      VARCHAR(64),
  detail       VARCHAR(4000),
  CONSTRAINT fk_follow_up_events_follow_up FOREIGN KEY (follow_up_id) REFERENCES follow_ups (id)
);
CREATE INDEX ix_follow_up_events_follow_up ON follow_up_events (follow_up_id);
