-- A center detail in another language than French: "samedi 10h - 13h" is not what an English
-- answer should show. An answer in a language with its own value shows it; any other answer shows
-- the French value (center_detail.value), as before. When the French value changes, the
-- application deletes its translations: they described the old value.
CREATE TABLE center_detail_translation (
  name     VARCHAR(64)   NOT NULL,
  language VARCHAR(8)    NOT NULL,
  value    VARCHAR(2000) NOT NULL,
  PRIMARY KEY (name, language),
  CONSTRAINT center_detail_translation_detail
    FOREIGN KEY (name) REFERENCES center_detail (name) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
