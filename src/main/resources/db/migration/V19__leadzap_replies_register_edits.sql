-- Seed 004 "Conversa": the clients' WhatsApp messages the webhook receives, beside the dispatches
-- LeadZap sent, so the Ficha shows the conversation in order. Only messages from a number of one
-- of our clients are kept; the provider's message id makes a retried notification count once.
CREATE TABLE leadzap_replies (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  provider_message_id VARCHAR(200)  NOT NULL,
  -- E.164, as clients.phone.
  from_phone          VARCHAR(20)   NOT NULL,
  -- text, button, interactive...: what the client sent; body is its words, or a pt-BR stand-in.
  message_type        VARCHAR(20)   NOT NULL,
  body                VARCHAR(4096) NOT NULL,
  -- The dispatch it answers (WhatsApp's context.id), when it answers one.
  replied_to          VARCHAR(200),
  received_at         DATETIME(3)   NOT NULL,
  CONSTRAINT uk_leadzap_replies_message UNIQUE (provider_message_id)
);
CREATE INDEX ix_leadzap_replies_phone ON leadzap_replies (from_phone, received_at);

-- The registers are edited on a page; a type or reason that events or other registers name is
-- deactivated instead of deleted: it is no longer offered, and the history keeps its name.
ALTER TABLE event_types ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE loss_reasons ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE complaint_reasons ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
