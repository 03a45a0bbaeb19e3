-- store_turn (V8) again, with the same parameters and results, inserting the turn's messages one
-- row at a time instead of one INSERT ... SELECT FROM JSON_TABLE.
--
-- Why: on MariaDB 11.4 every INSERT ... SELECT makes InnoDB write and sync its redo log once more,
-- at the end of the statement, before the commit's own write (MDEV-35813, "Unnecessary InnoDB log
-- writes in INSERT...SELECT"). Measured on the embedded database (global status over 1,000 calls):
-- 2 `Innodb_log_writes` and 2 `Innodb_data_fsyncs` per turn with V8, 1 and 1 with this version;
-- a single-row INSERT ... VALUES autocommitted also costs 1. A sync is most of what a turn waits
-- for under load (docs/benchmarks.md, issue 4), so V8 paid it twice.
--
-- p_messages: a JSON array, one object per message, in order, as in V8. A message without id,
-- author or text, or p_messages not a JSON array, is an error: nothing is stored.
DROP PROCEDURE store_turn;

DELIMITER //
CREATE PROCEDURE store_turn(
  IN p_conversation        BIGINT,
  IN p_version             INT,
  IN p_status              VARCHAR(16),
  IN p_language            VARCHAR(8),
  IN p_last_activity_at    TIMESTAMP(3),
  IN p_last_visitor_seq    INT,
  IN p_misunderstood_turns INT,
  IN p_awaiting_check      VARCHAR(64),
  IN p_handover_reason     VARCHAR(32),
  IN p_urgent              BOOLEAN,
  IN p_waiting_since       TIMESTAMP(3),
  IN p_created_at          TIMESTAMP(3),
  IN p_messages            LONGTEXT CHARACTER SET utf8mb4)
MODIFIES SQL DATA
BEGIN
  DECLARE message_count INT;
  DECLARE i INT DEFAULT 0;
  DECLARE m LONGTEXT CHARACTER SET utf8mb4;
  DECLARE problem VARCHAR(128);
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
  -- JSON functions only warn on a malformed document; the turn must fail instead.
  IF p_messages IS NULL OR NOT JSON_VALID(p_messages) OR JSON_TYPE(p_messages) <> 'ARRAY' THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'store_turn: p_messages is not a JSON array';
  END IF;
  SET message_count = JSON_LENGTH(p_messages);
  START TRANSACTION;
  UPDATE conversation
     SET status = p_status,
         language = p_language,
         last_activity_at = p_last_activity_at,
         last_visitor_seq = p_last_visitor_seq,
         misunderstood_turns = p_misunderstood_turns,
         awaiting_check = p_awaiting_check,
         handover_reason = p_handover_reason,
         urgent = p_urgent,
         waiting_since = p_waiting_since,
         version = version + 1
   WHERE id = p_conversation AND version = p_version;
  IF ROW_COUNT() = 1 THEN
    WHILE i < message_count DO
      SET m = JSON_EXTRACT(p_messages, CONCAT('$[', i, ']'));
      IF JSON_VALUE(m, '$.id') IS NULL OR JSON_VALUE(m, '$.author') IS NULL
         OR JSON_VALUE(m, '$.text') IS NULL THEN
        SET problem = CONCAT('store_turn: message ', i, ' has no id, author or text');
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = problem;
      END IF;
      INSERT INTO message (id, conversation_id, author, text, language, created_at, client_seq,
                           predicted_intent, confidence, predicted_language, out_of_scope,
                           quick_replies, emergency_number, emergency_label)
      VALUES (JSON_VALUE(m, '$.id'), p_conversation, JSON_VALUE(m, '$.author'),
              JSON_VALUE(m, '$.text'), JSON_VALUE(m, '$.language'), p_created_at,
              JSON_VALUE(m, '$.client_seq'), JSON_VALUE(m, '$.predicted_intent'),
              JSON_VALUE(m, '$.confidence'), JSON_VALUE(m, '$.predicted_language'),
              JSON_VALUE(m, '$.out_of_scope'), JSON_VALUE(m, '$.quick_replies'),
              JSON_VALUE(m, '$.emergency_number'), JSON_VALUE(m, '$.emergency_label'));
      SET i = i + 1;
    END WHILE;
    COMMIT;
    SELECT TRUE AS stored;
  ELSE
    ROLLBACK;
    SELECT FALSE AS stored;
  END IF;
END//
DELIMITER ;
