-- Staff who sign in to the console: workers, and admins (who are workers too).
CREATE TABLE staff_member (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login                VARCHAR(64)   NOT NULL,
  display_name         VARCHAR(64)   NOT NULL,            -- the first name visitors see
  role                 VARCHAR(8)    NOT NULL,            -- WORKER or ADMIN
  password_hash        VARCHAR(512)  NOT NULL,            -- Pbkdf2PasswordHash (salted, slow)
  must_change_password BOOLEAN       NOT NULL DEFAULT FALSE,
  active               BOOLEAN       NOT NULL DEFAULT TRUE,
  created_at           TIMESTAMP(3)  NOT NULL,
  last_sign_in_at      TIMESTAMP(3)  NULL,
  CONSTRAINT uq_staff_login UNIQUE (login)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who has a conversation, and since when.
ALTER TABLE conversation
  ADD COLUMN worker_id  BIGINT       NULL AFTER outcome,
  ADD COLUMN claimed_at TIMESTAMP(3) NULL AFTER worker_id,
  ADD CONSTRAINT fk_conversation_worker FOREIGN KEY (worker_id) REFERENCES staff_member (id);

-- The display name of a worker's message, as the visitor saw it.
ALTER TABLE message ADD COLUMN author_name VARCHAR(64) NULL AFTER author;

-- Workers' internal notes: a table of their own, so no kiosk query can ever return them.
CREATE TABLE conversation_note (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  conversation_id BIGINT       NOT NULL,
  staff_id        BIGINT       NOT NULL,
  text            TEXT         NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_note_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_note_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
  INDEX ix_note_conversation (conversation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Replies a worker sends in one click, per language; admins edit them.
CREATE TABLE canned_reply (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  language   VARCHAR(8)    NOT NULL,
  title      VARCHAR(80)   NOT NULL,
  text       VARCHAR(1000) NOT NULL,
  position   INT           NOT NULL DEFAULT 0,
  updated_at TIMESTAMP(3)  NOT NULL,
  INDEX ix_canned_language (language, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Training examples: visitor texts (redacted) labelled by workers, admins or the corpus.
CREATE TABLE training_example (
  id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  text       VARCHAR(1000) NOT NULL,            -- personal data already redacted
  intent     VARCHAR(64)   NOT NULL,
  language   VARCHAR(8)    NOT NULL,
  status     VARCHAR(12)   NOT NULL,            -- INBOX, VALIDATED, IN_MODEL, REJECTED
  source     VARCHAR(16)   NOT NULL,            -- HELPDESK, UNSURE, IMPORT, CORPUS, ADMIN
  predicted  VARCHAR(64)   NULL,                -- what the bot had understood
  created_at TIMESTAMP(3)  NOT NULL,
  updated_at TIMESTAMP(3)  NOT NULL,
  INDEX ix_training_status (status, id),
  INDEX ix_training_intent (intent)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
