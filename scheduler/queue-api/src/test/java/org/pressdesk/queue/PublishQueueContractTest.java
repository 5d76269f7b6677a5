package org.pressdesk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.queue.PublishQueue.Paused;
import org.pressdesk.queue.PublishQueue.Purpose;

/**
 * What every {@link PublishQueue} backend promises the dispatcher. A backend's test extends this
 * class and supplies an empty queue; the class ships in the queue API's test-jar.
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
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0.plusSeconds(60));

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(60), 10, "node-a", LEASE, Paused.NOTHING))
                .extracting(PublishQueue.Claim::targetId).containsExactly(1L);
    }

    @Test
    void leasesADueEntryToOneOwnerUntilTheLeaseRunsOut() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);

        List<PublishQueue.Claim> first = queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);
        assertThat(first).singleElement().satisfies(claim -> {
            assertThat(claim.targetId()).isEqualTo(1L);
            assertThat(claim.recovered()).isFalse();
        });
        assertThat(queue.claimDue(T0.plus(LEASE).minusMillis(1), 10, "node-b", LEASE, Paused.NOTHING)).isEmpty();
        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.leaseOwner()).isEqualTo("node-a");
            assertThat(entry.leaseExpiresAt()).isEqualTo(T0.plus(LEASE));
        });

        List<PublishQueue.Claim> recovered = queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE, Paused.NOTHING);
        assertThat(recovered).singleElement().satisfies(claim -> assertThat(claim.recovered()).isTrue());
        assertThat(queue.find(1)).get().extracting(PublishQueue.Entry::leaseOwner).isEqualTo("node-b");
    }

    @Test
    void claimsTheEarliestDueFirstUpToTheLimit() {
        queue.schedule(3, "weibo", Purpose.PUBLISH, T0.minusSeconds(10));
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0.minusSeconds(30));
        queue.schedule(2, "weibo", Purpose.PUBLISH, T0.minusSeconds(20));
        queue.schedule(4, "weibo", Purpose.PUBLISH, T0.plusSeconds(10));

        assertThat(queue.claimDue(T0, 2, "node-a", LEASE, Paused.NOTHING)).extracting(PublishQueue.Claim::targetId)
                .containsExactly(1L, 2L);
        assertThat(queue.claimDue(T0, 2, "node-a", LEASE, Paused.NOTHING)).extracting(PublishQueue.Claim::targetId)
                .containsExactly(3L);
    }

    @Test
    void reschedulingReplacesTheDueTimeAndReleasesTheLease() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);

        queue.schedule(1, "weibo", Purpose.PUBLISH, T0.plusSeconds(30));

        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(30));
            assertThat(entry.leaseOwner()).isNull();
        });
        assertThat(queue.claimDue(T0.plusSeconds(29), 10, "node-b", LEASE, Paused.NOTHING)).isEmpty();
        assertThat(queue.claimDue(T0.plusSeconds(30), 10, "node-b", LEASE, Paused.NOTHING))
                .singleElement().satisfies(claim -> assertThat(claim.recovered()).isFalse());
    }

    @Test
    void removedEntriesAreNeverClaimedAndRemovingAnAbsentOneDoesNothing() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.schedule(2, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 1, "node-a", LEASE, Paused.NOTHING);

        queue.remove(1);
        queue.remove(2);
        queue.remove(99);

        assertThat(queue.find(1)).isEmpty();
        assertThat(queue.claimDue(T0.plus(LEASE).plus(LEASE), 10, "node-b", LEASE, Paused.NOTHING)).isEmpty();
    }

    @Test
    void countsDueUnleasedEntriesAsBacklogAndLeasedOnesAsInFlight() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0.minusSeconds(30));
        queue.schedule(2, "weibo", Purpose.PUBLISH, T0.minusSeconds(10));
        queue.schedule(3, "weibo", Purpose.PUBLISH, T0.plusSeconds(60));
        queue.claimDue(T0, 1, "node-a", LEASE, Paused.NOTHING);

        PublishQueue.Stats now = queue.stats(T0);
        assertThat(now.due()).isEqualTo(1);
        assertThat(now.inFlight()).isEqualTo(1);
        assertThat(now.oldestDueAt()).isEqualTo(T0.minusSeconds(10));
        assertThat(now.lag(T0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(queue.stats(T0.plusSeconds(60)).due()).isEqualTo(2);
        assertThat(queue.stats(T0.minusSeconds(60))).satisfies(before -> {
            assertThat(before.due()).isZero();
            assertThat(before.lag(T0.minusSeconds(60))).isZero();
        });
    }

    @Test
    void neverLeasesOneEntryToTwoOwnersWhenNodesClaimAtOnce() throws Exception {
        int entries = 600;
        LongStream.rangeClosed(1, entries).forEach(id -> queue.schedule(id, "weibo", Purpose.PUBLISH, T0.minusSeconds(id % 7)));
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> nodes = new ArrayList<>();
        for (int node = 0; node < 4; node++) {
            String owner = "node-" + node;
            nodes.add(() -> {
                List<PublishQueue.Claim> batch;
                do {
                    batch = queue.claimDue(T0, 25, owner, LEASE, Paused.NOTHING);
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

    @Test
    void aClaimCarriesTheEntrysChannelAndPurpose() {
        queue.schedule(1, "radio-segment", Purpose.WITHDRAW, T0);

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING)).singleElement().satisfies(claim -> {
            assertThat(claim.channelId()).isEqualTo("radio-segment");
            assertThat(claim.purpose()).isEqualTo(Purpose.WITHDRAW);
            assertThat(claim.dueAt()).isEqualTo(T0);
            assertThat(claim.owner()).isEqualTo("node-a");
        });
        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.channelId()).isEqualTo("radio-segment");
            assertThat(entry.purpose()).isEqualTo(Purpose.WITHDRAW);
        });
    }

    @Test
    void keepsPublicationsOfAPausedChannelDueButClaimsItsWithdrawalsAndLooks() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.schedule(2, "weibo", Purpose.WITHDRAW, T0);
        queue.schedule(3, "weibo", Purpose.LOOK_FOR, T0);
        queue.schedule(4, "x", Purpose.PUBLISH, T0);

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE, new Paused(false, Set.of("weibo"))))
                .extracting(PublishQueue.Claim::targetId).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(queue.find(1)).get().extracting(PublishQueue.Entry::leaseOwner).isNull();

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING))
                .extracting(PublishQueue.Claim::targetId).containsExactly(1L);
    }

    @Test
    void pausingEverythingHoldsBackEveryPublicationButNoWithdrawal() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.schedule(2, "x", Purpose.PUBLISH, T0);
        queue.schedule(3, "x", Purpose.WITHDRAW, T0);

        assertThat(queue.claimDue(T0, 10, "node-a", LEASE, new Paused(true, Set.of())))
                .extracting(PublishQueue.Claim::targetId).containsExactly(3L);
        assertThat(queue.stats(T0).due()).isEqualTo(2);
    }

    @Test
    void aPausedChannelDoesNotKeepOthersBackWhenTheLimitIsSmall() {
        LongStream.rangeClosed(1, 20).forEach(id -> queue.schedule(id, "weibo", Purpose.PUBLISH, T0.minusSeconds(60)));
        queue.schedule(21, "x", Purpose.PUBLISH, T0);

        assertThat(queue.claimDue(T0, 5, "node-a", LEASE, new Paused(false, Set.of("weibo"))))
                .extracting(PublishQueue.Claim::targetId).containsExactly(21L);
    }

    @Test
    void anExpiredLeaseIsRecoveredEvenWhileItsChannelIsPaused() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);

        assertThat(queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE, new Paused(true, Set.of())))
                .singleElement().satisfies(claim -> assertThat(claim.recovered()).isTrue());
    }

    @Test
    void eachClaimOfAnEntryHasALargerFencingToken() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        PublishQueue.Claim first = queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING).getFirst();
        PublishQueue.Claim second = queue.claimDue(T0.plus(LEASE), 10, "node-a", LEASE, Paused.NOTHING).getFirst();

        assertThat(second.fencingToken()).isGreaterThan(first.fencingToken());
    }

    @Test
    void aLateHandBackFromAnExpiredLeaseIsIgnored() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        PublishQueue.Claim late = queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING).getFirst();
        PublishQueue.Claim current = queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE, Paused.NOTHING).getFirst();

        assertThat(queue.handBack(late, T0.plusSeconds(1))).isFalse();
        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.leaseOwner()).isEqualTo("node-b");
            assertThat(entry.dueAt()).isEqualTo(T0);
        });

        assertThat(queue.handBack(current, T0.plus(LEASE).plusSeconds(1))).isTrue();
        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.leaseOwner()).isNull();
            assertThat(entry.dueAt()).isEqualTo(T0.plus(LEASE).plusSeconds(1));
        });
        assertThat(queue.claimDue(T0.plus(LEASE), 10, "node-c", LEASE, Paused.NOTHING)).isEmpty();
    }

    @Test
    void aLateDropFromAnExpiredLeaseIsIgnored() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        PublishQueue.Claim late = queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING).getFirst();
        PublishQueue.Claim current = queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE, Paused.NOTHING).getFirst();

        assertThat(queue.drop(late)).isFalse();
        assertThat(queue.find(1)).isPresent();

        assertThat(queue.drop(current)).isTrue();
        assertThat(queue.find(1)).isEmpty();
    }

    @Test
    void aClaimFromBeforeARescheduleCanNeitherHandBackNorDrop() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        PublishQueue.Claim before = queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING).getFirst();
        queue.remove(1);
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);

        assertThat(queue.drop(before)).isFalse();
        assertThat(queue.handBack(before, T0)).isFalse();
        assertThat(queue.find(1)).get().extracting(PublishQueue.Entry::leaseOwner).isEqualTo("node-a");
    }

    @Test
    void restoringAddsOnlyAMissingEntryAndNeverDisturbsALease() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);

        assertThat(queue.restore(1, "weibo", Purpose.PUBLISH, T0.minusSeconds(5))).isFalse();
        assertThat(queue.restore(2, "x", Purpose.WITHDRAW, T0.plusSeconds(5))).isTrue();

        assertThat(queue.find(1)).get().satisfies(entry -> {
            assertThat(entry.leaseOwner()).isEqualTo("node-a");
            assertThat(entry.dueAt()).isEqualTo(T0);
        });
        assertThat(queue.find(2)).get().satisfies(entry -> {
            assertThat(entry.channelId()).isEqualTo("x");
            assertThat(entry.purpose()).isEqualTo(Purpose.WITHDRAW);
            assertThat(entry.dueAt()).isEqualTo(T0.plusSeconds(5));
        });
    }

    @Test
    void listsQueuedTargetIdsInPagesLeasedOrNot() {
        LongStream.of(5, 1, 9, 3, 7).forEach(id -> queue.schedule(id, "weibo", Purpose.PUBLISH, T0.plusSeconds(id)));
        queue.claimDue(T0.plusSeconds(1), 1, "node-a", LEASE, Paused.NOTHING);

        assertThat(queue.targetIds(0, 3)).containsExactly(1L, 3L, 5L);
        assertThat(queue.targetIds(5, 3)).containsExactly(7L, 9L);
        assertThat(queue.targetIds(9, 3)).isEmpty();
    }

    @Test
    void theNextDueTimeIsTheEarliestDueEntryOrLeaseDeadlineAndEmptyForAnEmptyQueue() {
        assertThat(queue.nextDueAt(Paused.NOTHING)).isEmpty();
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0.plusSeconds(60));
        queue.schedule(2, "weibo", Purpose.PUBLISH, T0.plusSeconds(30));

        assertThat(queue.nextDueAt(Paused.NOTHING)).contains(T0.plusSeconds(30));

        queue.claimDue(T0.plusSeconds(30), 1, "node-a", Duration.ofSeconds(10), Paused.NOTHING);
        assertThat(queue.nextDueAt(Paused.NOTHING)).contains(T0.plusSeconds(40));
        queue.remove(2);
        assertThat(queue.nextDueAt(Paused.NOTHING)).contains(T0.plusSeconds(60));
    }

    @Test
    void theNextDueTimeLeavesOutAPausedChannelsPublicationsButNotItsWithdrawals() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.schedule(2, "x", Purpose.PUBLISH, T0.plusSeconds(20));
        queue.schedule(3, "weibo", Purpose.WITHDRAW, T0.plusSeconds(40));

        assertThat(queue.nextDueAt(new Paused(false, Set.of("weibo")))).contains(T0.plusSeconds(20));
        assertThat(queue.nextDueAt(new Paused(true, Set.of()))).contains(T0.plusSeconds(40));
    }

    @Test
    void anExpiredLeaseAndFreeEntriesAreClaimedTogetherEarliestDueFirst() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.claimDue(T0, 10, "node-a", LEASE, Paused.NOTHING);
        queue.schedule(2, "weibo", Purpose.PUBLISH, T0.minusSeconds(1));
        queue.schedule(3, "weibo", Purpose.PUBLISH, T0.plusSeconds(1));
        queue.schedule(4, "weibo", Purpose.PUBLISH, T0.plusSeconds(2));

        List<PublishQueue.Claim> claims = queue.claimDue(T0.plus(LEASE), 3, "node-b", LEASE, Paused.NOTHING);

        assertThat(claims).extracting(PublishQueue.Claim::targetId).containsExactly(2L, 1L, 3L);
        assertThat(claims).extracting(PublishQueue.Claim::recovered).containsExactly(false, true, false);
        assertThat(queue.claimDue(T0.plus(LEASE), 3, "node-c", LEASE, Paused.NOTHING))
                .extracting(PublishQueue.Claim::targetId).containsExactly(4L);
    }

    @Test
    void removingSeveralAtOnceRemovesEachLeasedOrNotAndLeavesTheOthers() {
        queue.schedule(1, "weibo", Purpose.PUBLISH, T0);
        queue.schedule(2, "weibo", Purpose.WITHDRAW, T0);
        queue.schedule(3, "x", Purpose.PUBLISH, T0.plusSeconds(5));
        queue.claimDue(T0, 1, "node-a", LEASE, Paused.NOTHING);

        queue.removeAll(List.of(1L, 3L, 99L));

        assertThat(queue.find(1)).isEmpty();
        assertThat(queue.find(3)).isEmpty();
        assertThat(queue.targetIds(0, 10)).containsExactly(2L);
        assertThat(queue.claimDue(T0.plus(LEASE), 10, "node-b", LEASE, Paused.NOTHING))
                .extracting(PublishQueue.Claim::targetId).containsExactly(2L);
    }
}
