-- Parts of a thread a channel accepted before the thread was complete, so a retry on any node
-- continues it instead of posting the first parts again. Rows of a completed thread are removed.
CREATE TABLE thread_part (
    channel_id       VARCHAR(100)  NOT NULL,
    idempotency_key  VARCHAR(64)   NOT NULL,
    part_index       INTEGER       NOT NULL,
    text             VARCHAR(65536) NOT NULL,
    remote_id        VARCHAR(200)  NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT thread_part_pk PRIMARY KEY (channel_id, idempotency_key, part_index)
);
