-- A rate-limited call is a wait the channel asked for, not an attempt at publishing: count it apart,
-- so that waiting out a rate limit never spends the retry budget.
ALTER TABLE publish_target ADD COLUMN rate_limited_waits INTEGER DEFAULT 0 NOT NULL;
