-- What the dispatcher needs to settle an unknown outcome without a person and without a blind
-- second post: when the first attempt with the target's idempotency key started (a channel honours a
-- key only for so long, and nothing published earlier can be this target), whether any attempt may
-- have reached the channel, and how many times the channel was asked whether it did.
ALTER TABLE publish_target ADD COLUMN first_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE publish_target ADD COLUMN possibly_sent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE publish_target ADD COLUMN reconcile_checks INTEGER DEFAULT 0 NOT NULL;

-- Targets in flight or left unknown before this migration may have reached their channel.
UPDATE publish_target SET possibly_sent = TRUE WHERE state IN ('PUBLISHING', 'OUTCOME_UNKNOWN');
