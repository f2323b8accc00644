-- Seed 001: a campaign's action types ("Tipo da Ação"), each with an optional script.
CREATE TABLE campaign_action_types (
  campaign_code VARCHAR(40)   NOT NULL,
  sort_order    INT           NOT NULL,
  code          VARCHAR(40)   NOT NULL,
  name          VARCHAR(120)  NOT NULL,
  script        VARCHAR(4000),
  PRIMARY KEY (campaign_code, sort_order),
  CONSTRAINT uk_campaign_action_types_code UNIQUE (campaign_code, code),
  CONSTRAINT fk_campaign_action_types_campaign FOREIGN KEY (campaign_code) REFERENCES campaigns (code)
);

ALTER TABLE lead_attempts ADD COLUMN action_type VARCHAR(40);
