-- Queue entries carry their channel account and what is to be done with them, so a claim keeps a paused
-- channel's publications due without reading the targets, and a backend outside the database can do the same.
-- claim_token fences a claim: a hand-back or drop from a lease that was taken over is ignored.
ALTER TABLE publish_queue ADD COLUMN channel_id VARCHAR(100);
ALTER TABLE publish_queue ADD COLUMN purpose VARCHAR(10);
ALTER TABLE publish_queue ADD COLUMN claim_token BIGINT DEFAULT 0 NOT NULL;

UPDATE publish_queue SET
    channel_id = (SELECT t.channel_id FROM publish_target t WHERE t.id = publish_queue.target_id),
    purpose = (SELECT CASE t.state WHEN 'WITHDRAWING' THEN 'WITHDRAW' WHEN 'OUTCOME_UNKNOWN' THEN 'LOOK_FOR'
                                   ELSE 'PUBLISH' END
                 FROM publish_target t WHERE t.id = publish_queue.target_id);
-- An entry without a target is stale; the dispatcher would have dropped it.
DELETE FROM publish_queue WHERE channel_id IS NULL;

ALTER TABLE publish_queue ALTER COLUMN channel_id SET NOT NULL;
ALTER TABLE publish_queue ALTER COLUMN purpose SET NOT NULL;

CREATE SEQUENCE publish_queue_claim_token;
