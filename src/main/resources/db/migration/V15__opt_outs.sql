-- Contact policy (issue 15): the opt-out ledger. One row per number, channel and source that asked
-- not to be contacted, with who recorded it and its proof (LGPD: "o titular pode se opor"; Não Me
-- Perturbe and São Paulo's Não Me Ligue lists). A row is never deleted: the proof must survive.
CREATE TABLE opt_outs (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  -- E.164, as leads.phone.
  phone        VARCHAR(20)   NOT NULL,
  -- VOICE, WHATSAPP, SMS or ALL.
  channel      VARCHAR(20)   NOT NULL,
  -- CLIENT_REQUEST, NAO_ME_PERTURBE, NAO_ME_LIGUE or LGPD.
  source       VARCHAR(20)   NOT NULL,
  proof        VARCHAR(4000),
  recorded_by  VARCHAR(64)   NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_opt_outs_phone_channel_source UNIQUE (phone, channel, source)
);

-- Evidence for a Procon or Anatel complaint: the rule that allowed each call ("SART contact-hours
-- v2, contact-caps v1" or "CONSENTED"), taken at the pull and kept with the attempt.
ALTER TABLE leads ADD COLUMN allowed_by VARCHAR(200);
ALTER TABLE lead_attempts ADD COLUMN allowed_by VARCHAR(200);
