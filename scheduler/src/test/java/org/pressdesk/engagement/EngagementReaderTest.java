package org.pressdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.collection.MetricsProperties;
import org.pressdesk.connector.PublishException;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.metrics.engagement.EngagementReading;
import org.pressdesk.metrics.engagement.ReadPoint;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.support.AudienceConnector;
import org.pressdesk.support.MetricsRig;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Engagement is read an hour, a day and a week after publishing, on a budget apart from publishing's. */
class EngagementReaderTest {

    private static final Instant PUBLISHED = Instant.parse("2011-12-30T07:00:00Z");

    private final SettableClock clock = new SettableClock(PUBLISHED);
    private final AudienceConnector weibo = new AudienceConnector("weibo-main", clock);
    private MetricsRig rig;

    @AfterEach
    void close() {
        rig.database.close();
    }

    private void rig(int readsPerDay, Integer callsPerDay) {
        rig = new MetricsRig(TestDatabase.h2(), clock, new MetricsProperties.Engagement(readsPerDay, 20,
                callsPerDay == null ? Map.of() : Map.of("weibo-main", new MetricsProperties.Channel(null, callsPerDay)),
                0.2), weibo);
    }

    private void published(long target, Instant at, int attempts) {
        rig.records.append(new PublicationRecord(target, target, "weibo-main", "weibo", ContentKind.SPOKESPERSON_ANSWER,
                ContentLanguage.ZH_HANS, "答记者问", PublicationOutcome.PUBLISHED, at, at, at,
                at.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(), attempts, "w" + target, null));
        weibo.engagement("w" + target, 10 * target, target, 1);
    }

    @Test
    void readsEachPostAnHourADayAndAWeekAfterItWentOut() {
        rig(48, null);
        published(1, PUBLISHED, 1);

        clock.set(PUBLISHED.plus(Duration.ofMinutes(59)));
        assertThat(rig.engagement.readDue()).as("not yet an hour").isZero();
        clock.set(PUBLISHED.plus(Duration.ofMinutes(61)));
        assertThat(rig.engagement.readDue()).isEqualTo(1);
        assertThat(rig.engagement.readDue()).as("the hour's read is done").isZero();
        clock.set(PUBLISHED.plus(Duration.ofHours(25)));
        assertThat(rig.engagement.readDue()).isEqualTo(1);
        clock.set(PUBLISHED.plus(Duration.ofDays(7)).plusSeconds(60));
        weibo.engagement("w1", 99, 5, 4);
        assertThat(rig.engagement.readDue()).isEqualTo(1);
        clock.set(PUBLISHED.plus(Duration.ofDays(9)));
        assertThat(rig.engagement.readDue()).isZero();

        assertThat(rig.readings.ofTarget(1)).extracting(EngagementReading::point)
                .containsExactly(ReadPoint.H1, ReadPoint.H24, ReadPoint.D7);
        assertThat(rig.database.jdbc().sql("SELECT likes FROM engagement_latest WHERE target_id = 1")
                .query(Long.class).single()).isEqualTo(99);
        assertThat(weibo.engagementReads).hasValue(3);
    }

    @Test
    void aPointMissedInItsWindowIsSkippedForTheNextOne() {
        rig(48, null);
        published(1, PUBLISHED, 1);
        clock.set(PUBLISHED.plus(Duration.ofHours(30)));

        assertThat(rig.engagement.readDue()).isEqualTo(1);

        assertThat(rig.readings.ofTarget(1)).extracting(EngagementReading::point).containsExactly(ReadPoint.H24);
    }

    @Test
    void readsNoMoreThanTheirOwnBudgetIn24Hours() {
        rig(2, null);
        for (long target = 1; target <= 5; target++) {
            published(target, PUBLISHED.plusSeconds(target), 1);
        }
        clock.set(PUBLISHED.plus(Duration.ofHours(2)));

        assertThat(rig.engagement.readDue()).isEqualTo(2);
        assertThat(rig.engagement.readDue()).isZero();
        assertThat(weibo.engagementReads).hasValue(2);
    }

    @Test
    void leaveTheDailyAllowanceToPublishingWhenItNeedsIt() {
        rig(48, 10);
        published(1, PUBLISHED, 4);
        published(2, PUBLISHED.plusSeconds(1), 3);
        clock.set(PUBLISHED.plus(Duration.ofHours(2)));

        // 10 calls a day: 7 used by publishing, 2 kept in reserve: one read is left.
        assertThat(rig.budget.allowance("weibo-main", clock.instant())).isEqualTo(1);
        assertThat(rig.engagement.readDue()).isEqualTo(1);
        assertThat(rig.engagement.readDue()).isZero();
        assertThat(rig.counted("pressdesk.engagement.reads", "weibo-main", "skipped")).isEqualTo(1);
    }

    @Test
    void noReadsWhilePublishingWaitsOnTheChannelsRateLimit() {
        rig(48, null);
        published(1, PUBLISHED, 1);
        clock.set(PUBLISHED.plus(Duration.ofHours(2)));
        long post = rig.database.jdbc().sql("""
                        INSERT INTO post (kind, title, body, language, author, created_at)
                        VALUES ('STATEMENT', 't', 'b', 'zh-Hans', 'editor-li', ?)""")
                .param(PUBLISHED.atOffset(java.time.ZoneOffset.UTC)).update();
        rig.database.jdbc().sql("""
                        INSERT INTO publish_target (post_id, channel_id, state, scheduled_at, next_attempt_at,
                            rate_limited_waits, idempotency_key)
                        VALUES ((SELECT MAX(id) FROM post), 'weibo-main', 'SCHEDULED', ?, ?, 1, 'k-1')""")
                .params(clock.instant().atOffset(java.time.ZoneOffset.UTC),
                        clock.instant().plusSeconds(600).atOffset(java.time.ZoneOffset.UTC))
                .update();

        assertThat(post).isEqualTo(1);
        assertThat(rig.engagement.readDue()).isZero();
        assertThat(weibo.engagementReads).hasValue(0);
    }

    @Test
    void aRateLimitedReadStopsTheChannelsReadsUntilTheChannelSays() {
        rig(48, null);
        published(1, PUBLISHED, 1);
        published(2, PUBLISHED.plusSeconds(1), 1);
        clock.set(PUBLISHED.plus(Duration.ofHours(2)));
        weibo.failWith(new PublishException.RateLimited(clock.instant().plus(Duration.ofMinutes(30)), "limited"));

        assertThat(rig.engagement.readDue()).isZero();
        assertThat(weibo.engagementReads).as("the second read was not tried").hasValue(1);

        weibo.failWith(null);
        clock.advance(Duration.ofMinutes(20));
        assertThat(rig.engagement.readDue()).isZero();
        clock.advance(Duration.ofMinutes(11));
        assertThat(rig.engagement.readDue()).isEqualTo(2);
    }

    @Test
    void anAccountOutOfCallsStopsTheChannelsReadsUntilThePlatformsTime() {
        rig(48, null);
        published(1, PUBLISHED, 1);
        published(2, PUBLISHED.plusSeconds(1), 1);
        clock.set(PUBLISHED.plus(Duration.ofHours(2)));
        weibo.failWith(new PublishException.AccountUnavailable(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED,
                clock.instant().plus(Duration.ofMinutes(30)), "User requests out of rate limit"));

        assertThat(rig.engagement.readDue()).isZero();
        assertThat(weibo.engagementReads).as("the second read was not tried").hasValue(1);

        weibo.failWith(null);
        clock.advance(Duration.ofMinutes(20));
        assertThat(rig.engagement.readDue()).isZero();
        clock.advance(Duration.ofMinutes(11));
        assertThat(rig.engagement.readDue()).isEqualTo(2);
    }
}
