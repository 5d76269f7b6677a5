package org.pressdesk.channel;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sealed credentials of {@code channel_credential}; it never sees a value in clear. */
class CredentialStore {

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored credential, by channel and name. */
    List<StoredCredential> all() {
        return jdbc.sql("SELECT * FROM channel_credential ORDER BY channel_id, name")
                .query((row, n) -> new StoredCredential(row.getString("channel_id"), row.getString("name"),
                        new CredentialCipher.Sealed(row.getString("ciphertext"), row.getString("nonce"),
                                row.getString("key_id")),
                        SqlTime.read(row, "updated_at"), row.getString("updated_by")))
                .list();
    }

    List<StoredCredential> of(String channelId) {
        return all().stream().filter(stored -> stored.channelId().equals(channelId)).toList();
    }

    void put(String channelId, String name, CredentialCipher.Sealed sealed, Instant at, String by) {
        int updated = jdbc.sql("""
                        UPDATE channel_credential SET ciphertext = :ciphertext, nonce = :nonce, key_id = :keyId,
                               updated_at = :at, updated_by = :by
                         WHERE channel_id = :channelId AND name = :name""")
                .param("ciphertext", sealed.ciphertext()).param("nonce", sealed.nonce()).param("keyId", sealed.keyId())
                .param("at", SqlTime.param(at)).param("by", by).param("channelId", channelId).param("name", name)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO channel_credential (channel_id, name, ciphertext, nonce, key_id, updated_at,
                                                            updated_by)
                            VALUES (:channelId, :name, :ciphertext, :nonce, :keyId, :at, :by)""")
                    .param("ciphertext", sealed.ciphertext()).param("nonce", sealed.nonce())
                    .param("keyId", sealed.keyId()).param("at", SqlTime.param(at)).param("by", by)
                    .param("channelId", channelId).param("name", name)
                    .update();
        }
    }

    /** Deletes the named credentials of a channel; returns how many there were. */
    int delete(String channelId, Collection<String> names) {
        int deleted = 0;
        for (String name : names) {
            deleted += jdbc.sql("DELETE FROM channel_credential WHERE channel_id = :channelId AND name = :name")
                    .param("channelId", channelId).param("name", name).update();
        }
        return deleted;
    }

    /**
     * One stored credential, sealed.
     *
     * @param updatedBy who entered it (normalised name)
     */
    record StoredCredential(String channelId, String name, CredentialCipher.Sealed sealed, Instant updatedAt,
                            String updatedBy) {

        @Override
        public String toString() {
            return "StoredCredential[channelId=" + channelId + ", name=" + name + ", updatedAt=" + updatedAt
                    + ", updatedBy=" + updatedBy + "]";
        }
    }
}
