package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pressdesk.connector.OfficeZone;
import org.pressdesk.content.ContentKind;
import org.pressdesk.content.ContentLanguage;
import org.pressdesk.metrics.record.PublicationOutcome;
import org.pressdesk.metrics.record.PublicationRecord;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Each outcome a target reaches is recorded durably, in the transaction that moves the target. */
class PublicationRecordTest {

    private final SettableClock clock = new SettableClock(T0);
    private PressdeskRig rig;

    static List<Supplier<TestDatabase>> databases() {
        return List.of(TestDatabase::h2, TestDatabase::postgres);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    private PublishTarget publishing(Supplier<TestDatabase> database) {
        rig = new PressdeskRig(database.get(), clock, new ScriptedConnector("weibo", false, clock));
        PublishTarget scheduled = rig.approvedPost(T0, "weibo").targets().getFirst();
        return rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(T0),
                "dispatcher@test", "attempt 1");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPublishedTargetIsRecordedWithEverythingReportsNeed(Supplier<TestDatabase> database) {
        PublishTarget publishing = publishing(database);
        clock.set(T0.plus(Duration.ofSeconds(90)));
        Instant publishedAt = T0.plus(Duration.ofSeconds(80));
        rig.lifecycle.move(publishing, publishing.withState(TargetState.PUBLISHED)
                .withReceipt(new Receipt("4711", "https://weibo.com/1904178193/4711", publishedAt)),
                "dispatcher@test", "published");

        assertThat(rig.records.ofTarget(publishing.id())).singleElement().satisfies(record -> {
            assertThat(record.postId()).isEqualTo(publishing.postId());
            assertThat(record.channelId()).isEqualTo("weibo");
            assertThat(record.channelType()).isEqualTo("test");
            assertThat(record.kind()).isEqualTo(ContentKind.SPOKESPERSON_ANSWER);
            assertThat(record.language()).isEqualTo(ContentLanguage.ZH_HANT);
            assertThat(record.title()).isEqualTo("外交部發言人洪磊答記者問");
            assertThat(record.outcome()).isEqualTo(PublicationOutcome.PUBLISHED);
            assertThat(record.dueAt()).isEqualTo(T0);
            assertThat(record.publishedAt()).isEqualTo(publishedAt);
            assertThat(record.occurredAt()).isEqualTo(T0.plus(Duration.ofSeconds(90)));
            assertThat(record.officeDate()).as("07:01 UTC is 15:01 in Beijing").isEqualTo(LocalDate.of(2011, 12, 30));
            assertThat(record.attempts()).isEqualTo(1);
            assertThat(record.remoteId()).isEqualTo("4711");
            assertThat(record.remoteUrl()).isEqualTo("https://weibo.com/1904178193/4711");
            assertThat(record.lag()).isEqualTo(Duration.ofSeconds(80));
        });
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMoveThatRollsBackLeavesNeitherTheNewStateNorItsRecord(Supplier<TestDatabase> database) {
        PublishTarget publishing = publishing(database);
        TargetLifecycle crashingAfterTheStateChange = new TargetLifecycle(rig.posts, rig.audit,
                queueFailingOnRemove(rig.queue), new OutcomeRecorder(rig.posts, rig.records, rig.channels,
                        OfficeZone.DEFAULT, clock), rig.database.transactions(), clock);

        assertThatThrownBy(() -> crashingAfterTheStateChange.move(publishing, publishing.withState(TargetState.FAILED),
                "dispatcher@test", "permanent failure")).hasMessageContaining("crash");

        assertThat(rig.posts.findTarget(publishing.id())).get().extracting(PublishTarget::state)
                .isEqualTo(TargetState.PUBLISHING);
        assertThat(rig.records.ofTarget(publishing.id())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aLaterOutcomeSupersedesTheEarlierOneAndMovesThatAreNoOutcomeRecordNothing(Supplier<TestDatabase> database) {
        PublishTarget publishing = publishing(database);
        PublishTarget unknown = rig.lifecycle.move(publishing, publishing.withState(TargetState.OUTCOME_UNKNOWN),
                "dispatcher@test", "no answer");
        PublishTarget lookedFor = rig.lifecycle.move(unknown, unknown.withNextAttemptAt(T0.plusSeconds(60)),
                "dispatcher@test", "looking for it");
        rig.lifecycle.move(lookedFor, lookedFor.withState(TargetState.PUBLISHED)
                .withReceipt(new Receipt("4711", null, T0.plusSeconds(5))), "dispatcher@test", "found on the channel");

        List<PublicationRecord> records = rig.records.ofTarget(publishing.id());
        assertThat(records).extracting(PublicationRecord::outcome)
                .containsExactly(PublicationOutcome.OUTCOME_UNKNOWN, PublicationOutcome.PUBLISHED);
        assertThat(rig.database.jdbc().sql("SELECT outcome FROM publication_record WHERE target_id = ? AND latest")
                .param(publishing.id()).query(String.class).list()).containsExactly("PUBLISHED");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWithdrawnTargetIsRecordedAsWithdrawnOnItsPublicationsDateKeepingItsLagAndOnlyOnceWithdrawn(
            Supplier<TestDatabase> database) {
        PublishTarget publishing = publishing(database);
        Instant publishedAt = T0.plus(Duration.ofSeconds(80));
        PublishTarget published = rig.lifecycle.move(publishing, publishing.withState(TargetState.PUBLISHED)
                .withReceipt(new Receipt("4711", "https://weibo.com/1904178193/4711", publishedAt)),
                "dispatcher@test", "published");
        clock.set(T0.plus(Duration.ofDays(3)));
        PublishTarget withdrawing = rig.lifecycle.move(published, published.withState(TargetState.WITHDRAWING),
                "chief-zhang", "wrong date");
        PublishTarget failedOnce = rig.lifecycle.move(withdrawing, withdrawing.withState(TargetState.WITHDRAWAL_FAILED),
                "dispatcher@test", "token refused");
        PublishTarget again = rig.lifecycle.move(failedOnce, failedOnce.withState(TargetState.WITHDRAWING),
                "chief-zhang", "wrong date");
        rig.lifecycle.move(again, again.withState(TargetState.WITHDRAWN), "dispatcher@test", "deleted");

        List<PublicationRecord> records = rig.records.ofTarget(publishing.id());
        assertThat(records).extracting(PublicationRecord::outcome)
                .containsExactly(PublicationOutcome.PUBLISHED, PublicationOutcome.WITHDRAWN);
        assertThat(records.getLast()).satisfies(record -> {
            assertThat(record.officeDate()).as("counted on the day it went out").isEqualTo(LocalDate.of(2011, 12, 30));
            assertThat(record.publishedAt()).isEqualTo(publishedAt);
            assertThat(record.occurredAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
            assertThat(record.lag()).isEqualTo(Duration.ofSeconds(80));
            assertThat(record.remoteId()).isEqualTo("4711");
        });
    }

    private static PublishQueue queueFailingOnRemove(PublishQueue queue) {
        return new PublishQueue() {
            @Override
            public boolean joinsDatabaseTransaction() {
                return queue.joinsDatabaseTransaction();
            }

            @Override
            public void schedule(long targetId, String channelId, Purpose purpose, Instant dueAt) {
                queue.schedule(targetId, channelId, purpose, dueAt);
            }

            @Override
            public boolean restore(long targetId, String channelId, Purpose purpose, Instant dueAt) {
                return queue.restore(targetId, channelId, purpose, dueAt);
            }

            @Override
            public void remove(long targetId) {
                throw new IllegalStateException("crash after the state change");
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
        };
    }
}
