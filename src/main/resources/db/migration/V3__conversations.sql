-- Kiosk conversations and their messages. Anonymous: no visitor identity, no address.
-- Deleted after the retention period (privacy.RetentionJob); only daily_count survives.
CREATE TABLE conversation (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status              VARCHAR(16)  NOT NULL,            -- WITH_BOT, WAITING, WITH_WORKER, CLOSED
  language            VARCHAR(8)   NOT NULL,
  resume_token_hash   CHAR(64)     NULL,                -- SHA-256 of the kiosk's resume token
  created_at          TIMESTAMP(3) NOT NULL,
  last_activity_at    TIMESTAMP(3) NOT NULL,
  misunderstood_turns INT          NOT NULL DEFAULT 0,
  awaiting_check      VARCHAR(64)  NULL,                -- intent whose yes/no question is open
  handover_reason     VARCHAR(32)  NULL,
  urgent              BOOLEAN      NOT NULL DEFAULT FALSE,
  waiting_since       TIMESTAMP(3) NULL,
  closed_at           TIMESTAMP(3) NULL,
  outcome             VARCHAR(32)  NULL,
  version             INT          NOT NULL DEFAULT 0,  -- optimistic lock: bot, workers, jobs
  CONSTRAINT uq_conversation_resume UNIQUE (resume_token_hash),
  INDEX ix_conversation_queue (status, urgent, waiting_since),
  INDEX ix_conversation_closed (status, closed_at),
  INDEX ix_conversation_activity (status, last_activity_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  conversation_id    BIGINT        NOT NULL,
  author             VARCHAR(8)    NOT NULL,            -- VISITOR, BOT, WORKER, SYSTEM
  text               TEXT          NOT NULL,
  language           VARCHAR(8)    NULL,
  created_at         TIMESTAMP(3)  NOT NULL,
  client_seq         INT           NULL,                -- the kiosk's seq: makes resends idempotent
  predicted_intent   VARCHAR(64)   NULL,                -- what the bot understood (VISITOR)
  confidence         DOUBLE        NULL,
  predicted_language VARCHAR(8)    NULL,
  out_of_scope       BOOLEAN       NULL,
  quick_replies      VARCHAR(2000) NULL,                -- JSON array of {label, payload} (BOT)
  emergency_number   VARCHAR(16)   NULL,
  emergency_label    VARCHAR(200)  NULL,
  CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
    ON DELETE CASCADE,
  CONSTRAINT uq_message_client_seq UNIQUE (conversation_id, client_seq),
  INDEX ix_message_conversation (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What survives the retention period: anonymous daily counts.
CREATE TABLE daily_count (
  day         DATE        NOT NULL,
  intent      VARCHAR(64) NOT NULL,   -- 'none' when the bot recognised no intent
  language    VARCHAR(8)  NOT NULL,
  handed_over BOOLEAN     NOT NULL,
  count       INT         NOT NULL,
  PRIMARY KEY (day, intent, language, handed_over)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
