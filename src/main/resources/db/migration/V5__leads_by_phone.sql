-- Leads by phone: the import's duplicate check (H2 only uses the (campaign_code, phone) index on its
-- first column for "phone IN (...)", which made big imports quadratic), and later the contact
-- policy's calls per phone across campaigns.
CREATE INDEX ix_leads_phone ON leads (phone);
