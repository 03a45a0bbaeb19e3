-- Message ids come from a sequence the server takes in blocks of 50 (Message's @SequenceGenerator,
-- allocationSize 50): a chat turn's messages are then inserted together at commit, without a
-- round trip for each id.
-- The sequence starts after the ids already given. NOCACHE: MariaDB's default cache of 1,000
-- values would skip 50,000 ids at every database restart, and one NEXTVAL per 50 messages needs
-- no cache.
-- The column loses its AUTO_INCREMENT: a row inserted by hand must take its id from the sequence
-- too (NEXTVAL(message_ids)), never one inside a block the server holds. (A column default of
-- NEXTVAL(message_ids) would say that by itself, but MariaDB 11.4 refuses to add one by ALTER
-- TABLE to the application's account, which has ALL on its database: "ALTER command denied ...
-- for table message_ids"; root may.)
-- Ids still follow each conversation's order (the kiosk's resume relies on it): one server takes
-- the blocks one after the other, and every message's transaction also updates its conversation
-- row, whose version lets only one of two concurrent writers commit.
SET @first_id = (SELECT COALESCE(MAX(id), 0) + 1 FROM message);
SET @ddl = CONCAT('CREATE SEQUENCE message_ids START WITH ', @first_id, ' INCREMENT BY 50 NOCACHE');
PREPARE create_sequence FROM @ddl;
EXECUTE create_sequence;
DEALLOCATE PREPARE create_sequence;
ALTER TABLE message MODIFY id BIGINT NOT NULL;
