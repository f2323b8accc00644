-- Seed 001 "Clientes não atuados": a campaign's never-worked leads, filtered by city and read a page
-- at a time by id (keyset). InnoDB appends the primary key, so "campaign, NEW, city, id > ?" is one
-- index range however big the mailing.
CREATE INDEX ix_leads_campaign_status_city ON leads (campaign_code, status, city);

-- Seed 001 "filtros personalizados": an agent's named filters over their list, kept per user.
CREATE TABLE saved_filters (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id       VARCHAR(64)  NOT NULL,
  name          VARCHAR(60)  NOT NULL,
  list_kind     VARCHAR(20),
  campaign_code VARCHAR(40),
  store_code    VARCHAR(10),
  city          VARCHAR(120),
  last_outcome  VARCHAR(20),
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT uk_saved_filters_user_name UNIQUE (user_id, name)
);
