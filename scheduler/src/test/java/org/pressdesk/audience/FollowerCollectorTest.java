package org.pressdesk.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.PublishException;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.support.AudienceConnector;
import org.pressdesk.support.MetricsRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** The day's follower snapshot per account: taken once, a failed read retried later that day and never stored as zero. */
class FollowerCollectorTest {

    /** 00:20 on 30 December 2011 at the office (Asia/Shanghai). */
    private static final Instant BEFORE_FOLLOWERS_AT = Instant.parse("2011-12-29T16:20:00Z");
    private static final LocalDate DEC_30 = LocalDate.of(2011, 12, 30);

    private final SettableClock clock = new SettableClock(BEFORE_FOLLOWERS_AT);
    private final AudienceConnector weibo = new AudienceConnector("weibo-main", clock);
    private final MetricsRig rig = new MetricsRig(TestDatabase.h2(), clock, weibo,
            new ScriptedConnector("radio-main", false, clock));

    @AfterEach
    void close() {
        rig.database.close();
    }

    @Test
    void takesTheDaysSnapshotOnceFromFollowersAtInTheOfficeZone() {
        weibo.followers(1_204_567);

        assertThat(rig.followers.collectDue()).as("00:20 is before followers-at (00:30)").isEmpty();
        clock.advance(Duration.ofMinutes(15));
        assertThat(rig.followers.collectDue()).singleElement()
                .satisfies(result -> assertThat(result.followers()).isEqualTo(1_204_567L));
        clock.advance(Duration.ofHours(3));
        assertThat(rig.followers.collectDue()).as("today's is taken").isEmpty();

        assertThat(weibo.audienceReads).hasValue(1);
        assertThat(rig.snapshots.find("weibo-main", DEC_30)).get()
                .extracting(FollowerSnapshot::followers, FollowerSnapshot::trigger)
                .containsExactly(1_204_567L, FollowerSnapshot.Trigger.SCHEDULE);
        assertThat(rig.snapshots.find("radio-main", DEC_30)).as("a channel without followers is not read").isEmpty();
    }

    @Test
    void aFailedReadIsReportedNeverStoredAsZeroAndTriedAgainLaterThatDay() {
        clock.set(Instant.parse("2011-12-29T17:00:00Z"));
        weibo.failWith(new PublishException.Transient("Weibo answered HTTP 503"));

        assertThat(rig.followers.collectDue()).singleElement()
                .satisfies(result -> assertThat(result.error()).contains("503"));
        assertThat(rig.snapshots.find("weibo-main", DEC_30)).isEmpty();
        assertThat(rig.snapshots.failuresBetween("weibo-main", DEC_30, DEC_30)).singleElement()
                .satisfies(failure -> assertThat(failure.message()).isEqualTo("Weibo answered HTTP 503"));
        assertThat(rig.counted("pressdesk.followers.reads", "weibo-main", "failed")).isEqualTo(1);

        weibo.failWith(null);
        weibo.followers(1_200_000);
        clock.advance(Duration.ofMinutes(30));
        assertThat(rig.followers.collectDue()).as("within follower-retry-after").isEmpty();
        clock.advance(Duration.ofMinutes(31));
        assertThat(rig.followers.collectDue()).singleElement()
                .satisfies(result -> assertThat(result.stored()).isTrue());

        assertThat(rig.snapshots.find("weibo-main", DEC_30)).get().extracting(FollowerSnapshot::followers)
                .isEqualTo(1_200_000L);
        assertThat(weibo.audienceReads).hasValue(2);
    }

    @Test
    void aSnapshotOnDemandReadsNowAndReplacesTheDaysEarlierOne() {
        clock.set(Instant.parse("2011-12-29T17:00:00Z"));
        weibo.followers(100);
        rig.followers.collectDue();
        weibo.followers(150);

        assertThat(rig.followers.snapshotNow("weibo-main")).singleElement()
                .satisfies(result -> assertThat(result.followers()).isEqualTo(150L));

        assertThat(rig.snapshots.between("weibo-main", DEC_30, DEC_30)).singleElement()
                .extracting(FollowerSnapshot::followers, FollowerSnapshot::trigger)
                .containsExactly(150L, FollowerSnapshot.Trigger.API);
    }
}
