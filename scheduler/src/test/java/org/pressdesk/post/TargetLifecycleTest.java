package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** The lifecycle keeps the queue in step with each target's state. */
class TargetLifecycleTest {

    private final SettableClock clock = new SettableClock(T0);
    private final PressdeskRig rig = new PressdeskRig(TestDatabase.h2(), clock,
            new ScriptedConnector("weibo", false, clock));

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void anUnknownOutcomeIsQueuedOnlyForAPlannedLookAtTheChannel() {
        PublishTarget scheduled = rig.approvedPost(T0, "weibo").targets().getFirst();
        PublishTarget publishing = rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING),
                "dispatcher@test", "attempt 1");
        assertThat(publishing.nextAttemptAt()).as("in flight: the lease decides, not a time").isNull();

        PublishTarget leftToAPerson = rig.lifecycle.move(publishing, publishing.withState(TargetState.OUTCOME_UNKNOWN),
                "dispatcher@test", "no answer");
        assertThat(rig.queue.find(leftToAPerson.id())).isEmpty();

        PublishTarget lookedFor = rig.lifecycle.move(leftToAPerson, leftToAPerson.withNextAttemptAt(
                T0.plus(Duration.ofMinutes(1))), "dispatcher@test", "looking for it at 07:01");
        assertThat(rig.queue.find(lookedFor.id())).get().extracting(entry -> entry.dueAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(1)));

        rig.workflow.resolve(lookedFor.postId(), lookedFor.id(), new Resolution.Abandon(), "approver-wang", null);
        assertThat(rig.queue.find(lookedFor.id())).isEmpty();
    }

    @Test
    void aBatchOfMovesStoresEachCurrentTargetAndLeavesOutOneChangedMeanwhile() {
        PublishTarget first = rig.approvedPost(T0, "weibo").targets().getFirst();
        PublishTarget second = rig.approvedPost(T0, "weibo").targets().getFirst();
        PublishTarget firstPublishing = rig.lifecycle.move(first, first.withState(TargetState.PUBLISHING), "node-a", "attempt 1");
        PublishTarget secondPublishing = rig.lifecycle.move(second, second.withState(TargetState.PUBLISHING), "node-a",
                "attempt 1");
        // node-a's lease ran out: node-b took the second over and marked its outcome unknown.
        rig.lifecycle.move(secondPublishing, secondPublishing.withState(TargetState.OUTCOME_UNKNOWN), "node-b",
                "lease expired");
        Receipt receipt = new Receipt("remote-1", null, T0);

        List<PublishTarget> stored = rig.lifecycle.moveAll(List.of(
                new TargetLifecycle.Move(firstPublishing, firstPublishing.withState(TargetState.PUBLISHED)
                        .withReceipt(receipt), "published as remote-1", null),
                new TargetLifecycle.Move(secondPublishing, secondPublishing.withState(TargetState.PUBLISHED)
                        .withReceipt(receipt), "the late answer of node-a", null)), "node-a", published -> { });

        assertThat(stored.get(0).state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(stored.get(1)).as("fenced out: changed by node-b since node-a read it").isNull();
        assertThat(rig.posts.findTarget(second.id()).orElseThrow().state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(rig.audit.history(second.postId()).getLast().to()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(rig.audit.history(first.postId()).getLast().reason()).isEqualTo("published as remote-1");
        assertThat(rig.records.ofTarget(first.id())).extracting(record -> record.outcome().name())
                .containsExactly("PUBLISHED");
        assertThat(rig.records.ofTarget(second.id())).extracting(record -> record.outcome().name())
                .containsExactly("OUTCOME_UNKNOWN");
        assertThat(rig.queue.find(first.id())).isEmpty();
    }

    @Test
    void aBatchWithAForbiddenMoveMakesNoneOfThem() {
        PublishTarget first = rig.approvedPost(T0, "weibo").targets().getFirst();
        PublishTarget second = rig.approvedPost(T0, "weibo").targets().getFirst();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rig.lifecycle.moveAll(List.of(
                new TargetLifecycle.Move(first, first.withState(TargetState.PUBLISHING), "attempt 1", null),
                new TargetLifecycle.Move(second, second.withState(TargetState.PUBLISHED), "skipping PUBLISHING", null)),
                "node-a", published -> { })).isInstanceOf(IllegalTransitionException.class);

        assertThat(rig.posts.findTarget(first.id()).orElseThrow().state()).isEqualTo(TargetState.SCHEDULED);
    }
}
