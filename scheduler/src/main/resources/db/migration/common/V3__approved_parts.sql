-- The text an approver signed off, per target and thread part: what the dispatcher publishes, even
-- if a template changes between approval and publication.
CREATE TABLE approved_part (
    target_id   BIGINT         NOT NULL REFERENCES publish_target (id),
    part_index  INTEGER        NOT NULL,
    text        VARCHAR(65536) NOT NULL,
    CONSTRAINT approved_part_pk PRIMARY KEY (target_id, part_index)
);
