package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The dispatcher's work list: which targets are due, and which node is working on which.
 *
 * <p>The queue carries work, never the only copy of it: every entry mirrors a SCHEDULED or
 * PUBLISHING target in the database, or an OUTCOME_UNKNOWN one the dispatcher will look for on its
 * channel. A node claims due entries with a lease; the entry stays
 * leased until the node removes or reschedules it. If the node dies, the lease runs out and
 * another node claims the entry again, told that it is a {@link Claim#recovered() recovery} so it
 * can decide whether re-sending is safe.
 */
public interface PublishQueue {

    /**
     * Makes a target due at {@code dueAt}, replacing any earlier entry and releasing its lease.
     *
     * @param targetId the target
     * @param dueAt    the earliest instant a node may claim it
     */
    void schedule(long targetId, Instant dueAt);

    /**
     * Takes a target off the queue (published, failed, cancelled). Does nothing when it is absent.
     *
     * @param targetId the target
     */
    void remove(long targetId);

    /**
     * Claims up to {@code limit} entries that are due at {@code now} or whose lease expired,
     * earliest first, and leases them to {@code owner} until {@code now + lease}. No entry is ever
     * leased to two owners at once, across any number of nodes.
     *
     * @param now   the current instant
     * @param limit the most entries to claim
     * @param owner the claiming node's id
     * @param lease how long the claim lasts before another node may take it over
     * @return the claimed entries
     */
    List<Claim> claimDue(Instant now, int limit, String owner, Duration lease);

    /**
     * How many entries are due at {@code now} and not leased: the backlog.
     *
     * @param now the current instant
     * @return the backlog's size
     */
    long dueCount(Instant now);

    /**
     * The entry for one target, if queued.
     *
     * @param targetId the target
     * @return its due time and lease
     */
    java.util.Optional<Entry> find(long targetId);

    /** A claimed entry. {@code recovered} is true when an earlier owner's lease had run out. */
    record Claim(long targetId, Instant dueAt, boolean recovered) {
    }

    /** A queued entry and its lease, if any. */
    record Entry(long targetId, Instant dueAt, String leaseOwner, Instant leaseExpiresAt) {
    }
}
