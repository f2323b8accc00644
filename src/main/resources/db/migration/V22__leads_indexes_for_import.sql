-- Issue 17: a mailing import writes every index of leads for every row, so leads keeps the indexes
-- its queries use and no more.
-- (campaign_code, status) is the prefix of ix_leads_campaign_status_city (V21): every query that
-- used it uses that one, and the foreign key on campaign_code keeps uk_leads_campaign_phone.
DROP INDEX ix_leads_campaign_status ON leads;
-- The import's duplicate lookup reads a batch's phones with their campaign. On (phone) alone it read
-- each match's row for the campaign, and a number imported in earlier campaigns matches once per
-- campaign; with the campaign in the index it reads the index only. Queries by phone use its prefix.
CREATE INDEX ix_leads_phone_campaign ON leads (phone, campaign_code);
DROP INDEX ix_leads_phone ON leads;
