-- Every part's remote id of a published target, in thread order, so that withdrawing it deletes every
-- part of a thread and not only the first. A target published before this migration has only its first
-- part's id (publish_target.remote_id), which is what withdrawing it then uses.
CREATE TABLE published_part (
    target_id   BIGINT        NOT NULL REFERENCES publish_target (id),
    part_index  INTEGER       NOT NULL,
    remote_id   VARCHAR(200)  NOT NULL,
    CONSTRAINT published_part_pk PRIMARY KEY (target_id, part_index)
);
