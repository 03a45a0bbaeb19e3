-- The center's own details: the values of the answers' {{PLACEHOLDERS}}.
CREATE TABLE center_detail (
  name       VARCHAR(64)   NOT NULL PRIMARY KEY,
  value      VARCHAR(2000) NOT NULL,
  updated_at TIMESTAMP(3)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
