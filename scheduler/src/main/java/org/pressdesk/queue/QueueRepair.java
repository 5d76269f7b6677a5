package org.pressdesk.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pressdesk.post.QueueWrites;
import org.pressdesk.post.TargetState;
import org.pressdesk.system.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts a queue outside the database right with the targets, which stay the source of truth: re-queues every
 * SCHEDULED and WITHDRAWING target (and OUTCOME_UNKNOWN one with a planned look) the queue lacks, and every
 * PUBLISHING one due a lease from now (its node may have died holding it), and drops
 * the entries of targets that are settled or gone.
 *
 * <p>Needed because such a queue is written after the target's transaction commits: a node that dies between
 * the two, or a queue that was unreachable or lost its data (a Redis restarted without persistence), would
 * otherwise leave a scheduled target unpublished for ever. Every step is idempotent and leaves leases alone
 * ({@link PublishQueue#restore}), so any number of nodes may sweep at any time beside their dispatchers; a
 * target that changes while the sweep looks at it is at worst queued once too often (the dispatcher drops a
 * stale entry when it claims it) or missed until the next sweep.
 */
public class QueueRepair {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final PublishQueue queue;
    private final Clock clock;
    private final Duration lease;

    /** A sweep that gives a PUBLISHING target whose entry was lost two minutes (the default lease) to settle. */
    public QueueRepair(JdbcClient jdbc, PublishQueue queue) {
        this(jdbc, queue, Clock.systemUTC(), Duration.ofMinutes(2));
    }

    /**
     * @param lease the dispatcher's lease: a PUBLISHING target whose entry was lost is queued again due one lease
     *              from the sweep, so a node still publishing it settles it first, and one that died is recovered
     */
    public QueueRepair(JdbcClient jdbc, PublishQueue queue, Clock clock, Duration lease) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.clock = clock;
        this.lease = lease;
    }

    /** What one sweep changed. */
    public record Result(int restored, int dropped) {
    }

    /** Sweeps the whole queue once. */
    public Result repair() {
        return new Result(restoreMissing(), dropSettled());
    }

    private int restoreMissing() {
        int restored = 0;
        long after = 0;
        List<Waiting> page;
        do {
            page = jdbc.sql("""
                            SELECT id, channel_id, state, next_attempt_at FROM publish_target
                             WHERE id > :after AND (state = 'PUBLISHING' OR (next_attempt_at IS NOT NULL
                               AND state IN ('SCHEDULED', 'WITHDRAWING', 'OUTCOME_UNKNOWN')))
                             ORDER BY id LIMIT :limit""")
                    .param("after", after).param("limit", PAGE)
                    .query((row, n) -> new Waiting(row.getLong("id"), row.getString("channel_id"),
                            TargetState.valueOf(row.getString("state")), SqlTime.read(row, "next_attempt_at")))
                    .list();
            for (Waiting target : page) {
                boolean queued = target.state() == TargetState.PUBLISHING
                        // Its lease went with the lost entry: without one, a node that died sending it leaves it
                        // PUBLISHING for ever. Claimed after a lease, the dispatcher recovers it as it would an
                        // expired lease (a node still sending it has settled it, and removed the entry, by then).
                        ? queue.restore(target.id(), target.channelId(), PublishQueue.Purpose.PUBLISH,
                                clock.instant().plus(lease))
                        : queue.restore(target.id(), target.channelId(),
                                QueueWrites.purposeOf(target.state()).orElseThrow(), target.nextAttemptAt());
                if (queued) {
                    restored++;
                }
                after = target.id();
            }
        } while (page.size() == PAGE);
        return restored;
    }

    private int dropSettled() {
        int dropped = 0;
        long after = 0;
        List<Long> page;
        do {
            page = queue.targetIds(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, Boolean> wanted = new HashMap<>();
            jdbc.sql("SELECT id, state, next_attempt_at FROM publish_target WHERE id IN (:ids)")
                    .param("ids", page)
                    .query((row, n) -> wanted.put(row.getLong("id"),
                            wantsQueue(TargetState.valueOf(row.getString("state")), SqlTime.read(row, "next_attempt_at"))))
                    .list();
            for (long targetId : page) {
                if (!wanted.getOrDefault(targetId, false)) {
                    queue.remove(targetId);
                    dropped++;
                }
            }
            after = page.getLast();
        } while (page.size() == PAGE);
        return dropped;
    }

    /** A PUBLISHING target keeps its entry: its lease is how a dead node's publication is recovered. */
    private static boolean wantsQueue(TargetState state, Instant nextAttemptAt) {
        Optional<PublishQueue.Purpose> purpose = QueueWrites.purposeOf(state);
        return state == TargetState.PUBLISHING || (purpose.isPresent() && nextAttemptAt != null);
    }

    private record Waiting(long id, String channelId, TargetState state, Instant nextAttemptAt) {
    }
}
