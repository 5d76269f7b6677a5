package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default queue: a table in the same database as the posts, so scheduling a target
 * and queueing it commit together.
 *
 * <p>Claiming locks the due rows with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 both
 * support it): a second node running the same query at the same moment skips the rows the first
 * has locked instead of waiting for them, so nodes share the backlog instead of colliding on it.
 */
public class JdbcPublishQueue implements PublishQueue {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public JdbcPublishQueue(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void schedule(long targetId, Instant dueAt) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                            UPDATE publish_queue SET due_at = :dueAt, lease_owner = NULL, lease_expires_at = NULL
                             WHERE target_id = :targetId""")
                    .param("dueAt", SqlTime.param(dueAt)).param("targetId", targetId).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO publish_queue (target_id, due_at) VALUES (:targetId, :dueAt)")
                        .param("targetId", targetId).param("dueAt", SqlTime.param(dueAt)).update();
            }
        });
    }

    @Override
    public void remove(long targetId) {
        jdbc.sql("DELETE FROM publish_queue WHERE target_id = :targetId").param("targetId", targetId).update();
    }

    @Override
    public List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused) {
        return transactions.execute(status -> {
            List<Claim> claims = jdbc.sql("""
                            SELECT target_id, due_at, lease_owner FROM publish_queue q
                             WHERE ((lease_owner IS NULL AND due_at <= :now)
                                OR (lease_owner IS NOT NULL AND lease_expires_at <= :now))
                            """ + notPaused(paused) + """
                             ORDER BY due_at, target_id
                             LIMIT :limit
                             FOR UPDATE SKIP LOCKED""")
                    .param("now", SqlTime.param(now))
                    .param("limit", limit)
                    .params(paused.channelIds().isEmpty() ? Map.of() : Map.of("pausedChannels", paused.channelIds()))
                    .query((row, n) -> new Claim(row.getLong("target_id"), SqlTime.read(row, "due_at"),
                            row.getString("lease_owner") != null))
                    .list();
            if (!claims.isEmpty()) {
                jdbc.sql("""
                                UPDATE publish_queue SET lease_owner = :owner, lease_expires_at = :expiresAt
                                 WHERE target_id IN (:ids)""")
                        .param("owner", owner)
                        .param("expiresAt", SqlTime.param(now.plus(lease)))
                        .param("ids", claims.stream().map(Claim::targetId).toList())
                        .update();
            }
            return claims;
        });
    }

    /**
     * Leaves out the scheduled targets of paused channels. A subquery, not a join, so that only queue rows
     * are locked; the target's state is read in the same statement as the claim, so a target that a
     * pause keeps waiting can never slip through between reading the pauses and claiming.
     */
    private static String notPaused(Paused paused) {
        if (paused.isEmpty()) {
            return "";
        }
        String which = paused.everything() ? "" : " AND t.channel_id IN (:pausedChannels)";
        return " AND NOT EXISTS (SELECT 1 FROM publish_target t WHERE t.id = q.target_id AND t.state = 'SCHEDULED'"
                + which + ")";
    }

    @Override
    public long dueCount(Instant now) {
        return jdbc.sql("SELECT COUNT(*) FROM publish_queue WHERE lease_owner IS NULL AND due_at <= :now")
                .param("now", SqlTime.param(now)).query(Long.class).single();
    }

    @Override
    public Optional<Entry> find(long targetId) {
        return jdbc.sql("SELECT * FROM publish_queue WHERE target_id = :targetId")
                .param("targetId", targetId)
                .query((row, n) -> new Entry(row.getLong("target_id"), SqlTime.read(row, "due_at"),
                        row.getString("lease_owner"), SqlTime.read(row, "lease_expires_at")))
                .optional();
    }
}
