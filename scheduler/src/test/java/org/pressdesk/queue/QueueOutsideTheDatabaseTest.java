package org.pressdesk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.support.TestRedis;
import org.pressdesk.testing.SettableClock;

/**
 * A queue that cannot join the database transaction (the in-memory reference backend, Redis): it is written
 * after commit, and the repair sweep makes good what a crash between the commit and the queue write lost.
 */
class QueueOutsideTheDatabaseTest {

    private static final DispatchProperties PROPERTIES = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(5));

    private PressdeskRig rig;
    private ScriptedConnector weibo;
    private TestRedis redis;

    private PressdeskRig rigOn(PublishQueue queue) {
        SettableClock clock = new SettableClock(T0);
        weibo = new ScriptedConnector("weibo", false, clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, queue, weibo);
        return rig;
    }

    @AfterEach
    void tearDown() {
        if (weibo != null) {
            weibo.release();
        }
        if (rig != null) {
            rig.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aCrashBetweenCommitAndQueueWriteLosesNothingTheSweepRequeuesTheTargetAndItIsPublished() {
        DyingAfterCommit queue = new DyingAfterCommit(new InMemoryPublishQueue());
        rigOn(queue);
        queue.dying = true;
        Post post = rig.approvedPost(T0, "weibo");
        queue.dying = false;
        PublishTarget scheduled = target(post);
        assertThat(scheduled.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(rig.queue.find(scheduled.id())).as("the queue write after commit was lost").isEmpty();
        assertThat(rig.dispatcher("node-a", PROPERTIES).dispatchDue()).isZero();

        QueueRepair.Result repaired = new QueueRepair(rig.database.jdbc(), rig.queue).repair();

        assertThat(repaired.restored()).isEqualTo(1);
        assertThat(rig.queue.find(scheduled.id())).get().satisfies(entry -> {
            assertThat(entry.channelId()).isEqualTo("weibo");
            assertThat(entry.purpose()).isEqualTo(PublishQueue.Purpose.PUBLISH);
            assertThat(entry.dueAt()).isEqualTo(scheduled.nextAttemptAt());
        });
        rig.dispatcher("node-a", PROPERTIES).dispatchDue();
        assertThat(target(post).state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.callKeys()).hasSize(1);
        assertThat(rig.queue.find(scheduled.id())).isEmpty();
    }

    @Test
    void aRedisThatLostEverythingIsRefilledByTheSweepAndPublishingGoesOn() {
        redis = new TestRedis();
        rigOn(redis.queue());
        Post first = rig.approvedPost(T0, "weibo");
        Post later = rig.approvedPost(T0.plusSeconds(3600), "weibo");
        assertThat(rig.queue.find(target(first).id())).isPresent();

        redis.forgetEverything();
        assertThat(rig.queue.targetIds(0, 10)).isEmpty();
        QueueRepair.Result repaired = new QueueRepair(rig.database.jdbc(), rig.queue).repair();

        assertThat(repaired.restored()).isEqualTo(2);
        rig.dispatcher("node-a", PROPERTIES).dispatchDue();
        assertThat(target(first).state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(later).state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(rig.queue.find(target(later).id())).get()
                .extracting(PublishQueue.Entry::dueAt).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void aTargetWhoseNodeDiedPublishingAfterRedisLostEverythingIsRecoveredOneLeaseLater() {
        redis = new TestRedis();
        rigOn(redis.queue());
        Post post = rig.approvedPost(T0, "weibo");
        PublishTarget scheduled = target(post);
        // node-a claimed it and moved it to PUBLISHING, then Redis lost everything and node-a died mid-call
        assertThat(rig.queue.claimDue(T0, 10, "node-a", PROPERTIES.lease(), PublishQueue.Paused.NOTHING)).hasSize(1);
        rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(T0),
                "dispatcher@node-a", "attempt 1");
        redis.forgetEverything();

        QueueRepair.Result repaired = new QueueRepair(rig.database.jdbc(), rig.queue, rig.clock, PROPERTIES.lease())
                .repair();

        assertThat(repaired.restored()).isEqualTo(1);
        assertThat(rig.queue.find(scheduled.id())).get().extracting(PublishQueue.Entry::dueAt)
                .isEqualTo(T0.plus(PROPERTIES.lease()));
        assertThat(rig.dispatcher("node-b", PROPERTIES).dispatchDue()).as("a live node-a gets its lease").isZero();
        rig.clock.advance(PROPERTIES.lease());
        rig.dispatcher("node-b", PROPERTIES).dispatchDue();
        // recovered as an expired lease is: this channel forgets keys, so it is looked for instead of re-sent
        assertThat(target(post).state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(weibo.callKeys()).isEmpty();
        assertThat(rig.queue.find(scheduled.id())).get().extracting(PublishQueue.Entry::purpose)
                .isEqualTo(PublishQueue.Purpose.LOOK_FOR);
    }

    @Test
    void theQueueIsWrittenOnlyOnceTheMoveHasCommittedAndNeverForOneRolledBack() {
        rigOn(new InMemoryPublishQueue());
        Post post = rig.approvedPost(T0, "weibo");
        PublishTarget scheduled = target(post);

        rig.database.transactions().executeWithoutResult(status -> {
            rig.lifecycle.move(scheduled, scheduled.withState(TargetState.CANCELLED), "editor-li", null);
            assertThat(rig.queue.find(scheduled.id())).as("not before commit").isPresent();
            status.setRollbackOnly();
        });
        assertThat(rig.queue.find(scheduled.id())).as("rolled back: still queued").isPresent();
        assertThat(target(post).state()).isEqualTo(TargetState.SCHEDULED);

        rig.database.transactions().executeWithoutResult(status -> {
            rig.lifecycle.move(scheduled, scheduled.withState(TargetState.CANCELLED), "editor-li", null);
            assertThat(rig.queue.find(scheduled.id())).as("not before commit").isPresent();
        });
        assertThat(rig.queue.find(scheduled.id())).as("committed: off the queue").isEmpty();
    }

    @Test
    void theSweepDropsEntriesOfSettledAndUnknownTargetsButLeavesALeaseAlone() {
        rigOn(new InMemoryPublishQueue());
        Post cancelled = rig.approvedPost(T0, "weibo");
        Post claimed = rig.approvedPost(T0, "weibo");
        rig.workflow.cancel(cancelled.id(), "editor-li", "wrong day");
        long cancelledId = target(cancelled).id();
        rig.queue.schedule(cancelledId, "weibo", PublishQueue.Purpose.PUBLISH, T0);
        rig.queue.schedule(987_654, "weibo", PublishQueue.Purpose.PUBLISH, T0);
        List<PublishQueue.Claim> leased = rig.queue.claimDue(T0, 10, "node-a", Duration.ofMinutes(2),
                PublishQueue.Paused.NOTHING);
        assertThat(leased).extracting(PublishQueue.Claim::targetId).contains(target(claimed).id());

        QueueRepair.Result repaired = new QueueRepair(rig.database.jdbc(), rig.queue).repair();

        assertThat(repaired).isEqualTo(new QueueRepair.Result(0, 2));
        assertThat(rig.queue.targetIds(0, 10)).containsExactly(target(claimed).id());
        assertThat(rig.queue.find(target(claimed).id())).get()
                .extracting(PublishQueue.Entry::leaseOwner).isEqualTo("node-a");
    }

    private PublishTarget target(Post post) {
        return rig.reload(post).targets().getFirst();
    }

    /** A queue whose writes never happen while {@code dying}: the node dies right after the database commit. */
    private static final class DyingAfterCommit implements PublishQueue {

        private final PublishQueue queue;
        volatile boolean dying;

        DyingAfterCommit(PublishQueue queue) {
            this.queue = queue;
        }

        private void unlessDying() {
            if (dying) {
                throw new IllegalStateException("the node died before writing the queue");
            }
        }

        @Override
        public boolean joinsDatabaseTransaction() {
            return false;
        }

        @Override
        public void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt) {
            unlessDying();
            queue.schedule(targetId, channelId, purpose, dueAt);
        }

        @Override
        public boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt) {
            return queue.restore(targetId, channelId, purpose, dueAt);
        }

        @Override
        public void remove(long targetId) {
            unlessDying();
            queue.remove(targetId);
        }

        @Override
        public List<Claim> claimDue(Instant now, int limit, String owner, Duration lease, Paused paused) {
            return queue.claimDue(now, limit, owner, lease, paused);
        }

        @Override
        public boolean handBack(Claim claim, Instant dueAt) {
            return queue.handBack(claim, dueAt);
        }

        @Override
        public boolean drop(Claim claim) {
            return queue.drop(claim);
        }

        @Override
        public Optional<Entry> find(long targetId) {
            return queue.find(targetId);
        }

        @Override
        public List<Long> targetIds(long afterTargetId, int limit) {
            return queue.targetIds(afterTargetId, limit);
        }

        @Override
        public Stats stats(Instant now) {
            return queue.stats(now);
        }
    }
}
