package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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
    default List<Claim> claimDue(Instant now, int limit, String owner, Duration lease) {
        return claimDue(now, limit, owner, lease, Paused.NOTHING);
    }

    /**
     * Claims like {@link #claimDue(Instant, int, String, Duration)}, but leaves the SCHEDULED targets of
     * paused channels where they are: they stay due, unclaimed, until the pause is lifted. Entries of
     * targets in any other state (a publication in flight whose lease ran out, an unknown outcome to look
     * for) are claimed as usual, so what was already sent settles.
     *
     * @param paused the channels nobody may publish to now
     */
    List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused);

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

    /**
     * Channels whose scheduled targets must not be claimed.
     *
     * @param everything every channel is paused
     * @param channelIds the channels paused one by one
     */
    record Paused(boolean everything, Set<String> channelIds) {

        public static final Paused NOTHING = new Paused(false, Set.of());

        public Paused {
            channelIds = Set.copyOf(channelIds);
        }

        public boolean isEmpty() {
            return !everything && channelIds.isEmpty();
        }

        public boolean covers(String channelId) {
            return everything || channelIds.contains(channelId);
        }
    }

    /** A claimed entry. {@code recovered} is true when an earlier owner's lease had run out. */
    record Claim(long targetId, Instant dueAt, boolean recovered) {
    }

    /** A queued entry and its lease, if any. */
    record Entry(long targetId, Instant dueAt, String leaseOwner, Instant leaseExpiresAt) {
    }
}
