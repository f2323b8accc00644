-- Issue 15: the dealer's "Não quer WhatsApp" (seed 004) is the opt-out ledger's WhatsApp channel.
-- The clients who said so move into the ledger as their own request, once per number (two records
-- with one phone are one number), dated by the record's last change. clients.no_whatsapp is no
-- longer read or written; it stays so that this migration's source survives for an audit.
INSERT INTO opt_outs (phone, channel, source, proof, recorded_by, recorded_at)
SELECT c.phone, 'WHATSAPP', 'CLIENT_REQUEST',
  CONCAT('"Não quer WhatsApp" na ficha do cliente ', MIN(c.id), ' (antes do registro de descadastros)'),
  COALESCE(MIN(c.created_by), 'sistema'), MIN(c.updated_at)
FROM clients c
WHERE c.no_whatsapp = TRUE
  AND NOT EXISTS (SELECT 1 FROM opt_outs o WHERE o.phone = c.phone AND o.channel = 'WHATSAPP' AND o.source = 'CLIENT_REQUEST')
GROUP BY c.phone;
