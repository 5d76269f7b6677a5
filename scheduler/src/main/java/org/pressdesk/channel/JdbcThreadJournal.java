package org.pressdesk.channel;

import java.util.List;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.system.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The thread journal in the database every node shares, so a thread half-way out survives restarts. */
public class JdbcThreadJournal implements ThreadJournal {

    private final JdbcClient jdbc;

    public JdbcThreadJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublishedPart> published(String channelId, String idempotencyKey) {
        return jdbc.sql("""
                        SELECT part_index, text, remote_id, published_at FROM thread_part
                         WHERE channel_id = :channelId AND idempotency_key = :key ORDER BY part_index""")
                .param("channelId", channelId).param("key", idempotencyKey)
                .query((row, n) -> new PublishedPart(row.getInt("part_index"), row.getString("text"),
                        row.getString("remote_id"), SqlTime.read(row, "published_at")))
                .list();
    }

    @Override
    public void record(String channelId, String idempotencyKey, PublishedPart part) {
        try {
            jdbc.sql("""
                            INSERT INTO thread_part (channel_id, idempotency_key, part_index, text, remote_id, published_at)
                            VALUES (:channelId, :key, :index, :text, :remoteId, :publishedAt)""")
                    .param("channelId", channelId).param("key", idempotencyKey).param("index", part.index())
                    .param("text", part.text()).param("remoteId", part.remoteId())
                    .param("publishedAt", SqlTime.param(part.publishedAt()))
                    .update();
        } catch (DuplicateKeyException alreadyRecorded) {
            // the first record of a part stands
        }
    }

    @Override
    public void forget(String channelId, String idempotencyKey) {
        jdbc.sql("DELETE FROM thread_part WHERE channel_id = :channelId AND idempotency_key = :key")
                .param("channelId", channelId).param("key", idempotencyKey).update();
    }
}
