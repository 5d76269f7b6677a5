package org.pressdesk.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.dispatch.PacingWaits;
import org.pressdesk.post.TargetState;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.support.TestRedis;
import org.pressdesk.testing.SettableClock;

/** Targets held back by pacing or a pause are counted, by channel and cause, whichever backend carries the queue. */
class PacingWaitsMeterTest {

    private static final DispatchProperties PROPERTIES = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(10));

    private final SettableClock clock = new SettableClock(T0);
    private final ScriptedConnector weibo = new ScriptedConnector("weibo", false, clock);
    private TestRedis redis;
    private PressdeskRig rig;

    private PressdeskRig rig(String backend) {
        if (backend.equals("redis")) {
            redis = new TestRedis();
            rig = new PressdeskRig(TestDatabase.postgres(), clock, redis.queue(), weibo);
        } else {
            rig = new PressdeskRig(TestDatabase.postgres(), clock, weibo);
        }
        return rig;
    }

    @AfterEach
    void tearDown() {
        if (rig != null) {
            rig.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "redis"})
    void aTargetHeldBackByTheMinimumGapIsCountedWithItsWait(String backend) {
        PressdeskRig rig = rig(backend);
        rig.pace("weibo", new PacingProperties.Pacing(Duration.ofMinutes(15), null, null, null));
        rig.approvedPost(T0, "weibo");
        rig.approvedPost(T0, "weibo");

        rig.dispatcher("node-a", PROPERTIES).dispatchDue();

        assertThat(weibo.publications()).isEqualTo(1);
        Timer paced = rig.meters.get(PacingWaits.METER).tag("channel", "weibo").tag("cause", "min-gap").timer();
        assertThat(paced.count()).isEqualTo(1);
        assertThat(paced.totalTime(TimeUnit.MINUTES)).isEqualTo(15.0);
        assertThat(rig.meters.find(PacingWaits.METER).tag("cause", "paused").timer()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "redis"})
    void aClaimHeldBackByAPauseIsCountedAsPaused(String backend) {
        PressdeskRig rig = rig(backend);
        rig.approvedPost(T0, "weibo");
        // a node claims it and dies; the channel is paused before its lease runs out
        assertThat(rig.queue.claimDue(T0, 10, "dead-node", PROPERTIES.lease(), PublishQueue.Paused.NOTHING)).hasSize(1);
        rig.control.pause("weibo", "account may be compromised", "director-zhang");
        clock.advance(PROPERTIES.lease().plusSeconds(1));

        rig.dispatcher("node-a", PROPERTIES).dispatchDue();

        assertThat(weibo.callKeys()).isEmpty();
        assertThat(rig.database.jdbc().sql("SELECT state FROM publish_target").query(String.class).single())
                .isEqualTo(TargetState.SCHEDULED.name());
        Timer paused = rig.meters.get(PacingWaits.METER).tag("channel", "weibo").tag("cause", "paused").timer();
        assertThat(paused.count()).isEqualTo(1);
    }
}
