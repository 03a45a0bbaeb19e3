-- The highest seq stored from the visitor's kiosk: a message with a higher seq is new, so the bot's
-- turn need not look for it among the stored messages (one query less per turn), and a resumed
-- kiosk learns where to count on from the conversation row.
ALTER TABLE conversation ADD COLUMN last_visitor_seq INT NOT NULL DEFAULT 0 AFTER last_activity_at;
UPDATE conversation c
   SET last_visitor_seq = (SELECT COALESCE(MAX(m.client_seq), 0) FROM message m WHERE m.conversation_id = c.id);
