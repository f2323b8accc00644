-- The agent's own lists ("Meus atendimentos", "Minha agenda") read leads by assignee.
CREATE INDEX ix_leads_assignee ON leads (assignee, status);
