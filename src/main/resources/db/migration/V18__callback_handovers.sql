-- Callbacks that survive an absent owner (issue 15 item 4): each CallBack task offered to its
-- store's agents, because nobody started it in time or its owner was marked absent. The report
-- counts them; a row is kept when the task is then done, moved or cancelled.
CREATE TABLE callback_handovers (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  lead_id     BIGINT       NOT NULL,
  -- The agent who had booked the callback.
  from_agent  VARCHAR(64)  NOT NULL,
  store_code  VARCHAR(20)  NOT NULL,
  -- NOT_STARTED or OWNER_ABSENT.
  reason      VARCHAR(20)  NOT NULL,
  handed_at   DATETIME(3)  NOT NULL
);
CREATE INDEX ix_callback_handovers_handed_at ON callback_handovers (handed_at);

-- Why a lead ended without a call: a callback that came due for a number that opted out of
-- calls. Shown in pt-BR in the agenda and on the lead.
ALTER TABLE leads ADD COLUMN closed_reason VARCHAR(300);
