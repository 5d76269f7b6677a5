package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
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
}
