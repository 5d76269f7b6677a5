-- Channel credentials staff entered in the application, each encrypted on its own with AES-256-GCM
-- (pressdesk.security.credentials-key): never the value in clear. They override the same names of the
-- channel's configuration. ciphertext and nonce are base64; key_id names the key that sealed them, so a
-- value sealed with another key is reported as such instead of failing obscurely.
CREATE TABLE channel_credential (
    channel_id  VARCHAR(100)  NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    ciphertext  VARCHAR(12000) NOT NULL,
    nonce       VARCHAR(32)   NOT NULL,
    key_id      VARCHAR(40)   NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT channel_credential_pk PRIMARY KEY (channel_id, name)
);
