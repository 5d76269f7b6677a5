-- The claim reads free due entries and expired leases in two queries, each walking an index of its own in due
-- order, so it costs the batch it takes, not the backlog.
CREATE INDEX publish_queue_free_due_idx ON publish_queue (due_at, target_id) WHERE lease_owner IS NULL;
CREATE INDEX publish_queue_lease_expiry_idx ON publish_queue (lease_expires_at) WHERE lease_owner IS NOT NULL;
