-- A correction is a post of its own, linked to the post it corrects. It is approved like any post and,
-- where the original is still online, published as a reply to it.
ALTER TABLE post ADD COLUMN corrects_post_id BIGINT REFERENCES post (id);
CREATE INDEX post_corrects_idx ON post (corrects_post_id);
