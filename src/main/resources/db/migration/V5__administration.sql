-- Who did what, when: every admin action, readable by admins.
CREATE TABLE audit_entry (
  id      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at      TIMESTAMP(3)  NOT NULL,
  actor   VARCHAR(64)   NOT NULL,
  action  VARCHAR(64)   NOT NULL,
  target  VARCHAR(200)  NULL,
  details VARCHAR(2000) NULL,
  INDEX ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Counters that tell every running instance to reload something (knowledge, the active model).
CREATE TABLE sync_version (
  name    VARCHAR(32) NOT NULL PRIMARY KEY,
  version BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO sync_version (name, version) VALUES ('knowledge', 0), ('model', 0);

-- Every intent model built, with its evaluation; one is ACTIVE.
CREATE TABLE model_version (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  status          VARCHAR(12)   NOT NULL,    -- BUILDING, CANDIDATE, ACTIVE, ARCHIVED, FAILED
  created_at      TIMESTAMP(3)  NOT NULL,
  author          VARCHAR(64)   NOT NULL,
  fingerprint     CHAR(64)      NULL,        -- SHA-256 of the sorted training data
  example_count   INT           NOT NULL DEFAULT 0,
  duration_ms     BIGINT        NULL,
  progress        VARCHAR(200)  NULL,
  error           VARCHAR(2000) NULL,
  metrics         LONGTEXT      NULL,        -- JSON: cross-validation and held-out evaluation
  model           LONGBLOB      NULL,        -- the serialised model (gzip)
  activated_at    TIMESTAMP(3)  NULL,
  activated_by    VARCHAR(64)   NULL,
  override_reason VARCHAR(1000) NULL,        -- why an admin promoted a model the gate refused
  INDEX ix_model_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
