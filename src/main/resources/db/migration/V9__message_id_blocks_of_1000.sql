-- Message ids in blocks of 1,000 instead of 50 (Message's @SequenceGenerator allocationSize, which
-- must equal INCREMENT BY). A block is taken under a lock every turn must pass when its block is
-- used up, and costs a begin, a NEXTVAL and a durable commit on the id blocks' pool: at 200 turns a
-- second (two messages each) a block of 50 was needed eight times a second, and while the database
-- was slow to commit (1,000 kiosks starting at once) the turns queued behind that lock for up to 24
-- s (docs/benchmarks.md, "Night of 2026-11-24"). A block of 1,000 is needed every 2.5 s at that
-- rate. What it costs: up to 1,000 ids skipped at each restart, of a BIGINT.
-- The next block starts where the previous increment left off: blocks held by a server running
-- the old increment end below it.
ALTER SEQUENCE message_ids INCREMENT BY 1000;
