package org.pressdesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PublishQueue} backend promises the dispatcher. A backend's test extends this
 * class and supplies an empty queue; the class ships in the scheduler's test-jar.
 */
public abstract class PublishQueueContractTest {

    protected static final Instant T0 = Instant.parse("2011-12-30T07:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);

    private PublishQueue queue;

    /** An empty queue; called before each test. */
    protected abstract PublishQueue emptyQueue();

    @BeforeEach
    void startEmpty() {
        queue = emptyQueue();
    }

    @Test
    void claimsNothingBeforeItIsDue() {
        queue.schedule(1, T0.plusSeconds(60));

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(60), 10, "node-a", LEASE))
                .extracting(PublishQueue.Claim::targetId).containsExactly(1L);
    }

    @Test
    void leasesADueEntryToOneOwnerUntilTheLeaseRunsOut() {
        queue.schedule(1, T0);

        List<PublishQueue.Claim> first = queue.claimDue(T0, 10, "node-a", LEASE);
        assertThat(first).singleElement().satisfies(claim -> {
            assertThat(claim.targetId()).isEqualTo(1L);
            assertThat(claim.recovered()).isFalse();
        });
        assertThat(queue.claimDue(T0.plus(LEASE).minusMillis(1), 10, "node-b", LEASE)).isEmpty();
        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.leaseOwner()).isEqualTo("node-a");
            assertThat(entry.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
        });

        List<PublishQueue.Claim> recovered = queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE);
        assertThat(recovered).singleElement().satisfies(claim -> assertThat(claim.recovered()).isTrue());
        assertThat(queue.find(1)).get().extracting(PublishQueue.Entry::leaseOwner).isEqualTo("node-b");
    }

    @Test
    void claimsTheEarliestDueFirstUpToTheLimit() {
        queue.schedule(3, T0.minusSeconds(10));
        queue.schedule(1, T0.minusSeconds(30));
        queue.schedule(2, T0.minusSeconds(20));
        queue.schedule(4, T0.plusSeconds(10));

        assertThat(queue.claimDue(T0, 2, "node-a", LEASE)).extracting(PublishQueue.Claim::targetId)
                .containsExactly(1L, 2L);
        assertThat(queue.claimDue(T0, 2, "node-a", LEASE)).extracting(PublishQueue.Claim::targetId)
                .containsExactly(3L);
    }

    @Test
    void reschedulingReplacesTheDueTimeAndReleasesTheLease() {
        queue.schedule(1, T0);
        queue.claimDue(T0, 10, "node-a", LEASE);

        queue.schedule(1, T0.plusSeconds(30));

        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(entry.leaseOwner()).isNull();
        });
        assertThat(queue.claimDue(T0.plusSeconds(29), 10, "node-b", LEASE)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(30), 10, "node-b", LEASE))
                .singleElement().satisfies(claim -> assertThat(claim.recovered()).isFalse());
    }

    @Test
    void removedEntriesAreNeverClaimedAndRemovingAnAbsentOneDoesNothing() {
        queue.schedule(1, T0);
        queue.schedule(2, T0);
        queue.claimDue(T0, 1, "node-a", LEASE);

        queue.remove(1);
        queue.remove(2);
        queue.remove(99);

        assertThat(queue.find(1)).isEmpty();
        assertThat(queue.claimDue(T0.plus(LEASE).plus(LEASE), 10, "node-b", LEASE)).isEmpty();
    }

    @Test
    void countsOnlyDueUnleasedEntriesAsBacklog() {
        queue.schedule(1, T0);
        queue.schedule(2, T0);
        queue.schedule(3, T0.plusSeconds(60));
        queue.claimDue(T0, 1, "node-a", LEASE);

        assertThat(queue.dueCount(T0)).isEqualTo(1);
        assertThat(queue.dueCount(T0.plusSeconds(60))).isEqualTo(2);
    }

    @Test
    void neverLeasesOneEntryToTwoOwnersWhenNodesClaimAtOnce() throws Exception {
        int entries = 600;
        LongStream.rangeClosed(1, entries).forEach(id -> queue.schedule(id, T0.minusSeconds(id % 7)));
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            String owner = "node-" + node;
            nodes.add(() -> {
                List<PublishQueue.Claim> batch;
                do {
                    batch = queue.claimDue(T0, 25, owner, LEASE);
                    batch.forEach(claim -> claimed.add(claim.targetId()));
                } while (!batch.isEmpty());
                return null;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Void> done : pool.invokeAll(nodes)) {
                done.get();
            }
        }

        assertThat(claimed).hasSize(entries).doesNotHaveDuplicates();
    }
}
