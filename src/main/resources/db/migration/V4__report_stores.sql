-- Reports group by store: a lead without a store in the mailing is served to any store of its
-- campaign, so the store that worked it is kept on the lead and on each attempt.
ALTER TABLE leads ADD COLUMN worked_store_code VARCHAR(10);
ALTER TABLE lead_attempts ADD COLUMN store_code VARCHAR(10);
CREATE INDEX ix_lead_attempts_finished ON lead_attempts (finished_at);
