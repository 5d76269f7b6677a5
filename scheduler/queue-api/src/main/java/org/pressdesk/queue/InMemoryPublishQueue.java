package org.pressdesk.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference backend: the contract in its plainest form, one lock around a map. For a single node and for
 * tests; it forgets everything when the process ends (the repair sweep refills it from the database), and it
 * does not join the database transaction.
 */
public final class InMemoryPublishQueue implements PublishQueue {

    private static final Comparator<Queued> EARLIEST_DUE = Comparator.comparing((Queued queued) -> queued.dueAt)
            .thenComparingLong(queued -> queued.targetId);

    private final TreeMap<Long, Queued> entries = new TreeMap<>();
    private long lastToken;

    private static final class Queued {
        final long targetId;
        final String channelId;
        final Purpose purpose;
        Instant dueAt;
        String leaseOwner;
        Instant leaseExpiresAt;
        long fencingToken;

        Queued(long targetId, String channelId, Purpose purpose, Instant dueAt, long fencingToken) {
            this.targetId = targetId;
            this.channelId = channelId;
            this.purpose = purpose;
            this.dueAt = dueAt;
            this.fencingToken = fencingToken;
        }

        boolean leased() {
            return leaseOwner != null;
        }

        boolean heldBy(Claim claim) {
            return claim.owner().equals(leaseOwner) && claim.fencingToken() == fencingToken;
        }
    }

    @Override
    public boolean joinsDatabaseTransaction() {
        return false;
    }

    @Override
    public synchronized void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        entries.put(targetId, new Queued(targetId, channelId, purpose, dueAt, 0));
    }

    @Override
    public synchronized boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt) {
        if (entries.containsKey(targetId)) {
            return false;
        }
        schedule(targetId, channelId, purpose, dueAt);
        return true;
    }

    @Override
    public synchronized void remove(long targetId) {
        entries.remove(targetId);
    }

    @Override
    public synchronized List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused) {
        List<Queued> claimable = entries.values().stream()
                .filter(queued -> queued.leased()
                        ? !queued.leaseExpiresAt.isAfter(now)
                        : !queued.dueAt.isAfter(now)
                                && !(queued.purpose == Purpose.PUBLISH && paused.covers(queued.channelId)))
                .sorted(EARLIEST_DUE)
                .limit(limit)
                .toList();
        List<Claim> claims = new ArrayList<>(claimable.size());
        for (Queued queued : claimable) {
            boolean recovered = queued.leased();
            queued.leaseOwner = owner;
            queued.leaseExpiresAt = now.plus(lease);
            // One counter for every claim, so a claim from before a reschedule or removal never matches a later one.
            queued.fencingToken = ++lastToken;
            claims.add(new Claim(queued.targetId, queued.channelId, queued.purpose, queued.dueAt, recovered, owner,
                    queued.fencingToken));
        }
        return claims;
    }

    @Override
    public synchronized Optional<Instant> nextDueAt(Paused paused) {
        return entries.values().stream()
                .filter(queued -> queued.leased() || !(queued.purpose == Purpose.PUBLISH && paused.covers(queued.channelId)))
                .map(queued -> queued.leased() ? queued.leaseExpiresAt : queued.dueAt)
                .min(Comparator.naturalOrder());
    }

    @Override
    public synchronized boolean handBack(Claim claim, Instant dueAt) {
        Queued queued = entries.get(claim.targetId());
        if (queued == null || !queued.heldBy(claim)) {
            return false;
        }
        queued.dueAt = dueAt;
        queued.leaseOwner = null;
        queued.leaseExpiresAt = null;
        return true;
    }

    @Override
    public synchronized boolean drop(Claim claim) {
        Queued queued = entries.get(claim.targetId());
        if (queued == null || !queued.heldBy(claim)) {
            return false;
        }
        entries.remove(claim.targetId());
        return true;
    }

    @Override
    public synchronized Optional<Entry> find(long targetId) {
        return Optional.ofNullable(entries.get(targetId)).map(queued -> new Entry(queued.targetId, queued.channelId,
                queued.purpose, queued.dueAt, queued.leaseOwner, queued.leaseExpiresAt));
    }

    @Override
    public synchronized List<Long> targetIds(long afterTargetId, int limit) {
        return entries.tailMap(afterTargetId, false).keySet().stream().limit(limit).toList();
    }

    @Override
    public synchronized Stats stats(Instant now) {
        long due = 0;
        long inFlight = 0;
        Instant oldest = null;
        for (Queued queued : entries.values()) {
            if (queued.leased()) {
                inFlight++;
            } else if (!queued.dueAt.isAfter(now)) {
                due++;
                oldest = oldest == null || queued.dueAt.isBefore(oldest) ? queued.dueAt : oldest;
            }
        }
        return new Stats(due, inFlight, oldest);
    }
}
