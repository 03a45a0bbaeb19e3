-- The knowledge base: intents, their per-language texts (label, answer, check question...).
-- Seeded from knowledge/intents.yml at first start; admins edit it afterwards.
CREATE TABLE intent (
  id                 VARCHAR(64)  NOT NULL PRIMARY KEY,
  section            VARCHAR(40)  NOT NULL,
  handover           VARCHAR(16)  NOT NULL,             -- NONE, ALWAYS, CONDITIONAL, URGENT
  escalate_condition VARCHAR(400) NULL,                 -- CONDITIONAL: what shows the condition
  escalate_on        VARCHAR(3)   NULL,                 -- CONDITIONAL: which answer hands over
  emergency_number   VARCHAR(16)  NULL,                 -- URGENT: the free number shown at once
  quick_replies      VARCHAR(400) NOT NULL DEFAULT '', -- related intent ids, comma-separated
  retired            BOOLEAN      NOT NULL DEFAULT FALSE,
  updated_at         TIMESTAMP(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intent_text (
  intent_id         VARCHAR(64)   NOT NULL,
  language          VARCHAR(8)    NOT NULL,
  label             VARCHAR(80)   NULL,
  answer            TEXT          NULL,
  escalate_question VARCHAR(300)  NULL,
  escalate_keywords VARCHAR(2000) NULL,   -- comma-separated, normalised (lower case, no accents)
  emergency_label   VARCHAR(200)  NULL,
  sources           VARCHAR(2000) NULL,   -- one per line
  last_verified     DATE          NULL,
  PRIMARY KEY (intent_id, language),
  CONSTRAINT fk_intent_text_intent FOREIGN KEY (intent_id) REFERENCES intent (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
