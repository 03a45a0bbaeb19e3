-- A kiosk turn (the visitor's message, the bot's replies, the conversation's new state) stored in
-- one round trip and one transaction (conversation.TurnStore). Through JPA the same turn cost five
-- round trips (XA START, the inserts, the conversation's update, XA END, XA COMMIT), most of a
-- turn's wait at 200 messages a second (docs/benchmarks.md, issue 4).
--
-- Optimistic like JPA's @Version: the conversation row changes only if its version is still the
-- one the server read; otherwise nothing is stored, the result says so, and the server reads the
-- conversation again. Only the columns a turn may change are set. Any error rolls back everything
-- and is raised again (a duplicate client_seq then reaches the server as it did through JPA).
--
-- p_messages: a JSON array, one object per message, in order: id (taken by the server from the
-- message_ids sequence, as JPA does), author, text, language, and when they apply client_seq,
-- predicted_intent, confidence, predicted_language, out_of_scope (0 or 1), quick_replies,
-- emergency_number, emergency_label. Every message of a turn has the same time, p_created_at.
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
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
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
    INSERT INTO message (id, conversation_id, author, text, language, created_at, client_seq,
                         predicted_intent, confidence, predicted_language, out_of_scope,
                         quick_replies, emergency_number, emergency_label)
    SELECT m.id, p_conversation, m.author, m.text, m.language, p_created_at, m.client_seq,
           m.predicted_intent, m.confidence, m.predicted_language, m.out_of_scope,
           m.quick_replies, m.emergency_number, m.emergency_label
      FROM JSON_TABLE(p_messages, '$[*]' COLUMNS (
             n                  FOR ORDINALITY,
             id                 BIGINT        PATH '$.id' ERROR ON EMPTY,
             author             VARCHAR(8)    PATH '$.author' ERROR ON EMPTY,
             text               TEXT CHARACTER SET utf8mb4 PATH '$.text' ERROR ON EMPTY,
             language           VARCHAR(8)    PATH '$.language',
             client_seq         INT           PATH '$.client_seq',
             predicted_intent   VARCHAR(64)   PATH '$.predicted_intent',
             confidence         DOUBLE        PATH '$.confidence',
             predicted_language VARCHAR(8)    PATH '$.predicted_language',
             out_of_scope       INT           PATH '$.out_of_scope',
             quick_replies      VARCHAR(2000) CHARACTER SET utf8mb4 PATH '$.quick_replies',
             emergency_number   VARCHAR(16)   PATH '$.emergency_number',
             emergency_label    VARCHAR(200)  CHARACTER SET utf8mb4 PATH '$.emergency_label'
           )) AS m
     ORDER BY m.n;
    COMMIT;
    SELECT TRUE AS stored;
  ELSE
    ROLLBACK;
    SELECT FALSE AS stored;
  END IF;
END//
DELIMITER ;
