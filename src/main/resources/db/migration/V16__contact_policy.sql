-- Contact policy (issue 15). A campaign's policy: SART (unsolicited calls: hours, daily cap and
-- opt-outs) or CONSENTED (clients who asked to be called: opt-outs only).
ALTER TABLE campaigns ADD contact_policy VARCHAR(20) DEFAULT 'SART' NOT NULL;

-- Leads the pull found not callable now, out of lead_queue until released_at. The id is the
-- lead_queue id the lead had, so the release re-inserts it with that id: back at its place in line.
CREATE TABLE lead_holds (
  id            BIGINT       PRIMARY KEY,
  lead_id       BIGINT       NOT NULL,
  campaign_code VARCHAR(40)  NOT NULL,
  store_code    VARCHAR(10)  NOT NULL,
  enqueued_at   DATETIME(3)  NOT NULL,
  -- OUTSIDE_HOURS, DAILY_CAP, HOLIDAY or OPTED_OUT.
  reason        VARCHAR(20)  NOT NULL,
  -- UTC; null: never released (an opted-out number).
  held_until    DATETIME(3),
  -- The same moment on the lead's own clock ("2026-12-01T09:00"), for "voltam às 09:00 no horário deles".
  local_until   VARCHAR(16),
  phone         VARCHAR(20),
  CONSTRAINT uk_lead_holds_lead UNIQUE (lead_id)
);
-- The release job reads the due ones in order; the queue status counts by reason.
CREATE INDEX ix_lead_holds_due ON lead_holds (held_until);
CREATE INDEX ix_lead_holds_status ON lead_holds (campaign_code, store_code, reason, held_until);
CREATE INDEX ix_lead_holds_phone ON lead_holds (phone);

-- SART's "2 chamadas por dia": calls per number per local day, across campaigns and stores,
-- counted at the pull (a callback is the client's own request and is not counted).
CREATE TABLE phone_daily_calls (
  phone     VARCHAR(20) NOT NULL,
  local_day DATE        NOT NULL,
  calls     INT         NOT NULL,
  PRIMARY KEY (phone, local_day)
);
