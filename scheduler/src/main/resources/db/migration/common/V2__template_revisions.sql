-- Every saved version of an office's template overrides. The newest revision of a template that is
-- not reverted replaces the shipped default; reverting keeps the history and the version numbers.
CREATE TABLE template_revision (
    template_id  VARCHAR(100)   NOT NULL,
    version      BIGINT         NOT NULL,
    source       VARCHAR(65536) NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by     VARCHAR(100),
    reverted     BOOLEAN        NOT NULL DEFAULT FALSE,
    CONSTRAINT template_revision_pk PRIMARY KEY (template_id, version)
);
