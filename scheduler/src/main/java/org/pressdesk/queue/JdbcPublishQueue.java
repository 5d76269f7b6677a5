package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
    public boolean joinsDatabaseTransaction() {
        return true;
    }

    @Override
    public void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.sql("""
                            UPDATE publish_queue SET due_at = :dueAt, channel_id = :channelId, purpose = :purpose,
                                   lease_owner = NULL, lease_expires_at = NULL
                             WHERE target_id = :targetId""")
                    .param("dueAt", SqlTime.param(dueAt)).param("channelId", channelId)
                    .param("purpose", purpose.name()).param("targetId", targetId).update();
            if (updated == 0) {
                insert(targetId, channelId, purpose, dueAt);
            }
        });
    }

    private void insert(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        jdbc.sql("""
                        INSERT INTO publish_queue (target_id, channel_id, purpose, due_at)
                        VALUES (:targetId, :channelId, :purpose, :dueAt)""")
                .param("targetId", targetId).param("channelId", channelId).param("purpose", purpose.name())
                .param("dueAt", SqlTime.param(dueAt)).update();
    }

    @Override
    public boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        // Never called by the application for this backend (it needs no repair), but kept to the contract.
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (find(targetId).isPresent()) {
                return false;
            }
            insert(targetId, channelId, purpose, dueAt);
            return true;
        }));
    }

    @Override
    public void remove(long targetId) {
        jdbc.sql("DELETE FROM publish_queue WHERE target_id = :targetId").param("targetId", targetId).update();
    }

    /**
     * Two queries, each walking its own index in due order (free due entries; expired leases), merged: one
     * {@code OR} of both would make the database read and sort the whole backlog for every claim. Of the rows
     * locked beyond the limit, none is leased; their locks end with the claim's transaction.
     */
    @Override
    public void removeAll(Collection<Long> targetIds) {
        if (!targetIds.isEmpty()) {
            jdbc.sql("DELETE FROM publish_queue WHERE target_id IN (:ids)").param("ids", targetIds).update();
        }
    }

    @Override
    public List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused) {
        return transactions.execute(status -> {
            List<Claim> expired = lockClaimable("""
                    lease_owner IS NOT NULL AND lease_expires_at <= :now""", now, limit, owner, Map.of());
            List<Claim> free = lockClaimable("lease_owner IS NULL AND due_at <= :now" + notPaused(paused),
                    now, limit, owner,
                    paused.channelIds().isEmpty() ? Map.of() : Map.of("pausedChannels", paused.channelIds()));
            List<Claim> locked = Stream.concat(expired.stream(), free.stream())
                    .sorted(EARLIEST_DUE)
                    .limit(limit)
                    .toList();
            if (locked.isEmpty()) {
                return locked;
            }
            // One token for the batch: unique to this claim of each of its entries, larger than any before.
            long token = jdbc.sql("SELECT nextval('publish_queue_claim_token')").query(Long.class).single();
            jdbc.sql("""
                            UPDATE publish_queue SET lease_owner = :owner, lease_expires_at = :expiresAt, claim_token = :token
                             WHERE target_id IN (:ids)""")
                    .param("owner", owner)
                    .param("expiresAt", SqlTime.param(now.plus(lease)))
                    .param("token", token)
                    .param("ids", locked.stream().map(Claim::targetId).toList())
                    .update();
            return locked.stream().map(claim -> new Claim(claim.targetId(), claim.channelId(), claim.purpose(),
                    claim.dueAt(), claim.recovered(), owner, token)).toList();
        });
    }

    private static final Comparator<Claim> EARLIEST_DUE =
            Comparator.comparing(Claim::dueAt).thenComparingLong(Claim::targetId);

    private List<Claim> lockClaimable(String condition, Instant now, int limit, String owner,
                                      Map<String, ?> params) {
        return jdbc.sql("SELECT target_id, channel_id, purpose, due_at, lease_owner FROM publish_queue WHERE "
                        + condition + """

                         ORDER BY due_at, target_id
                         LIMIT :limit
                         FOR UPDATE SKIP LOCKED""")
                .param("now", SqlTime.param(now))
                .param("limit", limit)
                .params(params)
                .query((row, n) -> new Claim(row.getLong("target_id"), row.getString("channel_id"),
                        Purpose.valueOf(row.getString("purpose")), SqlTime.read(row, "due_at"),
                        row.getString("lease_owner") != null, owner, 0))
                .list();
    }

    /** Leaves out the publications of paused channels that are waiting to be claimed. */
    private static String notPaused(Paused paused) {
        if (paused.isEmpty()) {
            return "";
        }
        String which = paused.everything() ? "" : " AND channel_id IN (:pausedChannels)";
        return " AND NOT (purpose = 'PUBLISH'" + which + ")";
    }

    @Override
    public Optional<Instant> nextDueAt(Paused paused) {
        return jdbc.sql("SELECT (SELECT due_at FROM publish_queue WHERE lease_owner IS NULL" + notPaused(paused)
                        + " ORDER BY due_at LIMIT 1) AS free_due,"
                        + " (SELECT MIN(lease_expires_at) FROM publish_queue WHERE lease_owner IS NOT NULL) AS lease_expiry"
                        + " FROM (VALUES (0)) AS one_row")
                .params(paused.channelIds().isEmpty() ? Map.of() : Map.of("pausedChannels", paused.channelIds()))
                .query((row, n) -> Stream.of(SqlTime.read(row, "free_due"), SqlTime.read(row, "lease_expiry"))
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()))
                .single();
    }

    @Override
    public boolean handBack(Claim claim, Instant dueAt) {
        return jdbc.sql("""
                        UPDATE publish_queue SET due_at = :dueAt, lease_owner = NULL, lease_expires_at = NULL
                         WHERE target_id = :targetId AND lease_owner = :owner AND claim_token = :token""")
                .param("dueAt", SqlTime.param(dueAt)).param("targetId", claim.targetId())
                .param("owner", claim.owner()).param("token", claim.fencingToken()).update() == 1;
    }

    @Override
    public boolean drop(Claim claim) {
        return jdbc.sql("""
                        DELETE FROM publish_queue
                         WHERE target_id = :targetId AND lease_owner = :owner AND claim_token = :token""")
                .param("targetId", claim.targetId()).param("owner", claim.owner())
                .param("token", claim.fencingToken()).update() == 1;
    }

    @Override
    public Optional<Entry> find(long targetId) {
        return jdbc.sql("SELECT * FROM publish_queue WHERE target_id = :targetId")
                .param("targetId", targetId)
                .query((row, n) -> new Entry(row.getLong("target_id"), row.getString("channel_id"),
                        Purpose.valueOf(row.getString("purpose")), SqlTime.read(row, "due_at"),
                        row.getString("lease_owner"), SqlTime.read(row, "lease_expires_at")))
                .optional();
    }

    @Override
    public List<Long> targetIds(long afterTargetId, int limit) {
        return jdbc.sql("SELECT target_id FROM publish_queue WHERE target_id > :after ORDER BY target_id LIMIT :limit")
                .param("after", afterTargetId).param("limit", limit).query(Long.class).list();
    }

    @Override
    public Stats stats(Instant now) {
        return jdbc.sql("""
                        SELECT COUNT(CASE WHEN lease_owner IS NULL AND due_at <= :now THEN 1 END) AS due,
                               COUNT(lease_owner) AS in_flight,
                               MIN(CASE WHEN lease_owner IS NULL AND due_at <= :now THEN due_at END) AS oldest
                          FROM publish_queue""")
                .param("now", SqlTime.param(now))
                .query((row, n) -> new Stats(row.getLong("due"), row.getLong("in_flight"), SqlTime.read(row, "oldest")))
                .single();
    }
}
