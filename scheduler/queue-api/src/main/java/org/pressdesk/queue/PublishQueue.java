package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dispatcher's work list: which targets are due, and which node is working on which.
 *
 * <p>The queue carries work, never the only copy of it: every entry mirrors a SCHEDULED, WITHDRAWING or
 * PUBLISHING target in the database, or an OUTCOME_UNKNOWN one the dispatcher will look for on its
 * channel. A node claims due entries with a lease; the entry stays leased until the node removes or
 * reschedules it. If the node dies, the lease runs out and another node claims the entry again, told that
 * it is a {@link Claim#recovered() recovery} so it can decide whether re-sending is safe.
 *
 * <p>Each entry carries its channel account and what is to be done, so a backend can keep paused channels
 * back without reading the targets. A backend that {@link #joinsDatabaseTransaction() cannot join} the
 * database transaction is written after commit and kept in step by a repair sweep
 * ({@link #restore}, {@link #targetIds}); the database stays the source of truth.
 */
public interface PublishQueue {

    /**
     * Whether {@link #schedule} and {@link #remove} take part in the caller's database transaction, so an
     * entry commits or rolls back with the target's state. When false, the caller writes after commit and
     * runs a repair sweep for what a crash between the two loses.
     *
     * @return true for a queue kept in the application's database
     */
    boolean joinsDatabaseTransaction();

    /**
     * Makes a target due at {@code dueAt}, replacing any earlier entry and releasing its lease.
     *
     * @param targetId  the target
     * @param channelId the target's channel account
     * @param purpose   what the dispatcher does with it
     * @param dueAt     the earliest instant a node may claim it
     */
    void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt);

    /**
     * Queues a target due at {@code dueAt} only when it has no entry at all; an existing entry, leased or
     * not, is left as it is. The repair sweep's write: it may run at any time beside the dispatcher.
     *
     * @return true when the entry was missing and is now queued
     */
    boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt);

    /**
     * Takes a target off the queue (published, failed, cancelled), leased or not. Does nothing when it is absent.
     *
     * @param targetId the target
     */
    void remove(long targetId);

    /**
     * {@link #remove} for several targets.
     *
     * @param targetIds the targets
     */
    default void removeAll(Collection<Long> targetIds) {
        targetIds.forEach(this::remove);
    }

    /**
     * Claims up to {@code limit} entries that are due at {@code now} or whose lease expired, earliest due
     * first, and leases them to {@code owner} until {@code now + lease}, each claim with a fencing token
     * larger than any earlier claim of that entry. No entry is ever leased to two owners at once, across
     * any number of nodes.
     *
     * <p>Entries to {@link Purpose#PUBLISH publish} on a paused channel stay due and unclaimed while the
     * pause lasts. Withdrawals and looks on a channel are claimed whatever is paused, and so is an entry
     * whose lease ran out (what was in flight must settle; the dispatcher checks the pause before sending).
     *
     * @param now    the current instant
     * @param limit  the most entries to claim
     * @param owner  the claiming node's id
     * @param lease  how long the claim lasts before another node may take it over
     * @param paused the channels nobody may publish to now
     * @return the claimed entries
     */
    List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused);

    /**
     * The earliest instant a {@link #claimDue claim} made while {@code paused} is paused could take an entry: the
     * earliest due time of an entry waiting to be claimed (a paused channel's publications left out) or the
     * earliest lease deadline, whichever is first; in the past when something is claimable now. The dispatch
     * loop sleeps until then instead of polling at a fixed interval.
     *
     * @return that instant, or empty when nothing is queued (or a backend cannot tell: the loop then polls)
     */
    default Optional<Instant> nextDueAt(Paused paused) {
        return Optional.empty();
    }

    /**
     * Gives a claimed entry back, due again at {@code dueAt} (the node has no free slot for its channel, or a
     * pause came meanwhile). Ignored when the claim's lease was taken over or the entry changed since.
     *
     * @return whether the claim was still current
     */
    boolean handBack(Claim claim, Instant dueAt);

    /**
     * Removes a claimed entry whose target needs nothing more (settled meanwhile, or gone). Ignored when the
     * claim's lease was taken over or the entry changed since.
     *
     * @return whether the claim was still current
     */
    boolean drop(Claim claim);

    /**
     * The entry for one target, if queued.
     *
     * @param targetId the target
     * @return its due time and lease
     */
    Optional<Entry> find(long targetId);

    /**
     * Queued target ids above {@code afterTargetId}, ascending, at most {@code limit}: for the repair sweep
     * to page through the queue.
     */
    List<Long> targetIds(long afterTargetId, int limit);

    /**
     * The queue's figures at {@code now}, for the meters.
     *
     * @param now the current instant
     */
    Stats stats(Instant now);

    /** What the dispatcher does with a claimed entry. */
    enum Purpose {
        /** publish the target; held back while its channel is paused */
        PUBLISH,
        /** take the target down from its channel; goes on during a pause */
        WITHDRAW,
        /** look on the channel whether an attempt with an unknown outcome went out; goes on during a pause */
        LOOK_FOR
    }

    /**
     * Channels whose targets must not be published now.
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

    /**
     * A claimed entry. {@code recovered} is true when an earlier owner's lease had run out; {@code owner} and
     * {@code fencingToken} identify this claim for {@link #handBack} and {@link #drop}.
     */
    record Claim(long targetId, String channelId, Purpose purpose, Instant dueAt, boolean recovered, String owner,
                 long fencingToken) {
    }

    /** A queued entry and its lease, if any. */
    record Entry(long targetId, String channelId, Purpose purpose, Instant dueAt, String leaseOwner,
                 Instant leaseExpiresAt) {
    }

    /**
     * @param due          entries due and not leased: the backlog
     * @param inFlight     entries leased (publications in flight, or leases not yet recovered)
     * @param oldestDueAt  the earliest due time of the backlog, or null when it is empty
     */
    record Stats(long due, long inFlight, Instant oldestDueAt) {

        /** How long the oldest entry of the backlog has waited at {@code now}; zero when there is none. */
        public Duration lag(Instant now) {
            return oldestDueAt == null || oldestDueAt.isAfter(now) ? Duration.ZERO : Duration.between(oldestDueAt, now);
        }
    }
}
