-- The post listing (GET /api/posts and the queue page) lists posts newest first, one page at a time, filtered by
-- kind and by what their targets are: each filter gets an index that yields post ids in order, so a page reads
-- about as many rows as it shows rather than every match (see the README's "Post listing benchmark").
CREATE INDEX post_kind_id_idx ON post (kind, id);
DROP INDEX post_kind_idx;

CREATE INDEX publish_target_state_post_idx ON publish_target (state, post_id, channel_id);
CREATE INDEX publish_target_channel_post_idx ON publish_target (channel_id, post_id, state);
DROP INDEX publish_target_channel_idx;
CREATE INDEX publish_target_scheduled_post_idx ON publish_target (scheduled_at, post_id);
