package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pressdesk.support.PressdeskRig.T0;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.PublishException;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.Resolution;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.ScriptedConnector.Check;
import org.pressdesk.support.ScriptedConnector.Fault;
import org.pressdesk.support.TestDatabase;
import org.slf4j.LoggerFactory;

class DispatcherTest {

    /**
     * Real time a channel call may take: long enough that an ordinary call on a loaded machine never
     * times out, short enough that the tests of hanging channels stay quick.
     */
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(2);

    private ScriptedConnector weibo;
    private ScriptedConnector mastodon;
    /** Like Mastodon: honours a key for one hour. */
    private ScriptedConnector hourly;
    private PressdeskRig rig;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        var clock = new org.pressdesk.testing.SettableClock(T0);
        weibo = new ScriptedConnector("weibo", false, clock);
        mastodon = new ScriptedConnector("mastodon", true, clock);
        hourly = new ScriptedConnector("mastodon-1h", Duration.ofHours(1), clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, weibo, mastodon, hourly);
        dispatcher = rig.dispatcher("node-a", PressdeskRig.dispatchProperties(3, PUBLISH_TIMEOUT));
    }

    @AfterEach
    void tearDown() {
        weibo.release();
        mastodon.release();
        hourly.release();
        rig.close();
    }

    @Test
    void publishesADueTargetAndRecordsReceiptAuditAndEvent() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.clock.advance(Duration.ofSeconds(3));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        PublishTarget target = target(post, "weibo");
        assertThat(target.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target.attempts()).isEqualTo(1);
        assertThat(target.receipt().remoteId()).isEqualTo("remote-1");
        assertThat(target.receipt().url()).isEqualTo("https://channel.example/weibo/1");
        assertThat(rig.queue.find(target.id())).isEmpty();
        assertThat(rig.audit.history(post.id())).extracting(TargetTransition::to).containsExactly(
                TargetState.DRAFT, TargetState.SUBMITTED, TargetState.APPROVED, TargetState.SCHEDULED,
                TargetState.PUBLISHING, TargetState.PUBLISHED);
        assertThat(rig.audit.history(post.id()).getLast().actor()).isEqualTo("dispatcher@node-a");
        assertThat(rig.events).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(PublishEvent.Outcome.PUBLISHED);
            assertThat(event.lag()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void leavesATargetAloneUntilItIsDue() {
        Post post = rig.approvedPost(T0.plusSeconds(600), "weibo");

        rig.clock.advance(Duration.ofSeconds(599));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);

        rig.clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void theLoopWaitsUntilTheNextTargetIsDueNotAWholePollInterval() {
        Duration poll = Duration.ofMinutes(1);
        assertThat(dispatcher.untilNextDue(poll)).isEqualTo(poll);

        rig.approvedPost(T0.plusMillis(300), "weibo");
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(dispatcher.untilNextDue(poll)).isEqualTo(Duration.ofMillis(300));

        rig.clock.advance(Duration.ofMillis(500));
        assertThat(dispatcher.untilNextDue(poll)).isZero();
        rig.approvedPost(T0.plusSeconds(3600), "weibo");
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.untilNextDue(poll)).isEqualTo(poll);
    }

    @Test
    void retriesTransientErrorsWithDoublingWaitsThenFails() {
        weibo.then(new Fault.TransientFailure(), new Fault.TransientFailure(), new Fault.TransientFailure());
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();
        PublishTarget afterFirst = target(post, "weibo");
        assertThat(afterFirst.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(afterFirst.lastError().category()).isEqualTo(PublishException.Category.TRANSIENT);

        rig.clock.set(T0.plusSeconds(29));
        assertThat(dispatcher.dispatchDue()).isZero();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").nextAttemptAt()).isEqualTo(T0.plusSeconds(90));

        rig.clock.set(T0.plusSeconds(90));
        dispatcher.dispatchDue();
        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(rig.audit.history(post.id()).getLast().reason()).startsWith("gave up after 3 attempts");
        assertThat(weibo.callKeys()).hasSize(3);
        assertThat(rig.queue.find(failed.id())).isEmpty();
    }

    @Test
    void waitsUntilTheTimeARateLimitedChannelGivesWithoutSpendingAttempts() {
        weibo.then(new Fault.RateLimit(T0.plusSeconds(900)), new Fault.RateLimit(T0.plusSeconds(1800)),
                new Fault.RateLimit(T0.plusSeconds(2700)));
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").nextAttemptAt()).isEqualTo(T0.plusSeconds(900));
        assertThat(target(post, "weibo").lastError().category()).isEqualTo(PublishException.Category.RATE_LIMITED);
        for (int wait = 900; wait <= 2700; wait += 900) {
            rig.clock.set(T0.plusSeconds(wait));
            dispatcher.dispatchDue();
        }

        PublishTarget published = target(post, "weibo");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.lastError()).isNull();
        assertThat(published.attempts()).as("only the call that published was an attempt").isEqualTo(1);
        assertThat(published.rateLimitedWaits()).isEqualTo(3);
        assertThat(weibo.callKeys()).hasSize(4);
    }

    @Test
    void failsAtOnceWithTheChannelsReasonOnAPermanentError() {
        weibo.then(new Fault.PermanentFailure("access token expired; reconnect the account"));
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.lastError().category()).isEqualTo(PublishException.Category.PERMANENT);
        assertThat(failed.lastError().message()).isEqualTo("access token expired; reconnect the account");
        assertThat(weibo.callKeys()).hasSize(1);
    }

    @Test
    void aHangingChannelWithoutIdempotencyEndsOutcomeUnknownAfterTheTimeout() {
        weibo.then(new Fault.Hang());
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();

        PublishTarget unknown = target(post, "weibo");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().message()).contains("no answer from the channel within");
    }

    @Test
    void aHangingIdempotentChannelIsRetriedWithTheSameKey() {
        mastodon.then(new Fault.Hang());
        Post post = rig.approvedPost(T0, "mastodon");

        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.SCHEDULED);
        rig.clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue();

        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(mastodon.callKeys()).hasSize(2).containsOnly(target(post, "mastodon").idempotencyKey());
    }

    @Test
    void aLostResponseOnAChannelWithoutIdempotencyIsNeverResentBlindly() {
        weibo.then(new Fault.LoseResponse());
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();

        PublishTarget unknown = target(post, "weibo");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().category()).isEqualTo(PublishException.Category.OUTCOME_UNKNOWN);
        assertThat(weibo.callKeys()).hasSize(1);
        assertThat(rig.events).extracting(PublishEvent::outcome).containsExactly(PublishEvent.Outcome.OUTCOME_UNKNOWN);
    }

    @Test
    void aPersonResolvesAnUnknownOutcomeByGivingTheLinkOrResending() {
        weibo.then(new Fault.LoseResponse(), new Fault.LoseResponse());
        Post first = rig.approvedPost(T0, "weibo");
        Post second = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();

        rig.workflow.resolve(first.id(), target(first, "weibo").id(),
                new Resolution.Published("https://weibo.com/1234/abcd", null), "approver-wang", null);
        rig.workflow.resolve(second.id(), target(second, "weibo").id(), new Resolution.Resend(), "approver-wang",
                null);
        dispatcher.dispatchDue();

        assertThat(target(first, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(first, "weibo").receipt().url()).isEqualTo("https://weibo.com/1234/abcd");
        assertThat(target(second, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.callKeys()).hasSize(3);
    }

    @Test
    void aLostResponseOnAnIdempotentChannelIsResentWithTheSameKeyAndPublishedOnce() {
        mastodon.then(new Fault.LoseResponse());
        Post post = rig.approvedPost(T0, "mastodon");

        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue();

        PublishTarget published = target(post, "mastodon");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(mastodon.callKeys()).hasSize(2).containsOnly(published.idempotencyKey());
        assertThat(mastodon.publications()).isEqualTo(1);
    }

    @Test
    void aConnectorBugCountsAsAnUnknownOutcome() {
        weibo.then(new Fault.Crash());
        Post post = rig.approvedPost(T0, "weibo");

        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(target(post, "weibo").lastError().message()).contains("connector bug");
    }

    @Test
    void aNodeThatDiedWhilePublishingIsRecoveredAfterItsLeaseByResendingWithTheSameKey() {
        Post post = rig.approvedPost(T0, "mastodon");
        diesWhilePublishing(post, "mastodon");

        rig.clock.advance(Duration.ofMinutes(2).minusMillis(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        rig.clock.advance(Duration.ofMillis(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.SCHEDULED);
        dispatcher.dispatchDue();

        PublishTarget published = target(post, "mastodon");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.attempts()).isEqualTo(2);
        assertThat(mastodon.callKeys()).containsExactly(published.idempotencyKey());
    }

    @Test
    void aNodeThatDiedWhilePublishingToAChannelWithoutIdempotencyLeavesTheOutcomeToAPerson() {
        Post post = rig.approvedPost(T0, "weibo");
        diesWhilePublishing(post, "weibo");

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(10));
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(weibo.callKeys()).isEmpty();
    }

    @Test
    void aNodeThatDiedBetweenClaimAndStartLosesNothing() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.queue.claimDue(T0, 10, "dead-node", Duration.ofMinutes(2), org.pressdesk.queue.PublishQueue.Paused.NOTHING);

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void aCancelledTargetIsNeverPublished() {
        Post post = rig.approvedPost(T0.plusSeconds(60), "weibo");
        rig.workflow.cancel(post.id(), "approver-wang", "withdrawn");

        rig.clock.advance(Duration.ofMinutes(5));

        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.CANCELLED);
        assertThat(weibo.callKeys()).isEmpty();
    }

    @Test
    void oneSlowChannelDoesNotHoldUpAnother() {
        weibo.then(new Fault.Slow());
        Post slow = rig.approvedPost(T0, "weibo");
        Post fast = rig.approvedPost(T0.plusSeconds(1), "mastodon");
        DispatchProperties properties = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(30));
        DispatchLoop loop = new DispatchLoop(rig.dispatcher("node-a", properties), properties);

        loop.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> weibo.callKeys().size() == 1);
            rig.clock.advance(Duration.ofSeconds(1));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> target(fast, "mastodon").state() == TargetState.PUBLISHED);
            assertThat(target(slow, "weibo").state()).as("still blocked").isEqualTo(TargetState.PUBLISHING);
        } finally {
            weibo.release();
            loop.stop();
        }
        assertThat(target(slow, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
    }

    @Test
    void aChannelNeverHasMoreThanItsShareOfCallsInFlight() {
        weibo.then(new Fault.Slow(), new Fault.Slow(), new Fault.Slow());
        List<Post> slow = List.of(rig.approvedPost(T0, "weibo"), rig.approvedPost(T0, "weibo"),
                rig.approvedPost(T0, "weibo"));
        Post fast = rig.approvedPost(T0, "mastodon");
        DispatchProperties properties = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(30), 2);
        DispatchLoop loop = new DispatchLoop(rig.dispatcher("node-a", properties), properties);

        loop.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> target(fast, "mastodon").state() == TargetState.PUBLISHED
                    && weibo.callKeys().size() == 2
                    && slow.stream().anyMatch(post -> rig.queue.find(target(post, "weibo").id())
                    .filter(entry -> entry.dueAt().equals(T0.plus(properties.pollInterval()))).isPresent()));
            assertThat(weibo.callKeys()).as("two calls in flight, the third handed back").hasSize(2);
            assertThat(slow).extracting(post -> target(post, "weibo").state())
                    .containsExactlyInAnyOrder(TargetState.PUBLISHING, TargetState.PUBLISHING, TargetState.SCHEDULED);

            weibo.release();
            rig.clock.advance(properties.pollInterval());
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.stream()
                    .allMatch(post -> target(post, "weibo").state() == TargetState.PUBLISHED));
        } finally {
            weibo.release();
            loop.stop();
        }
        assertThat(weibo.callKeys()).hasSize(3);
    }

    @Test
    void aNodeShuttingDownBeforeItCalledTheChannelRetriesInsteadOfLeavingTheTargetInFlight() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.stopCallingChannels();

        dispatcher.dispatchDue();

        PublishTarget retry = target(post, "weibo");
        assertThat(retry.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(retry.lastError().category()).isEqualTo(PublishException.Category.TRANSIENT);
        assertThat(retry.possiblySent()).isFalse();
        assertThat(weibo.callKeys()).isEmpty();
    }

    @Test
    void publishesTheTextThatWasApprovedEvenIfThePostChangesAfterwards() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.database.jdbc().sql("UPDATE post SET body = 'changed after approval' WHERE id = :id")
                .param("id", post.id()).update();

        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.texts()).singleElement().asString().contains("答：中方歡迎對話。")
                .doesNotContain("changed after approval");
    }

    @Test
    void anApprovedTextTheChannelNoLongerAcceptsFailsWithoutReachingTheChannel() {
        Post post = rig.approvedPost(T0, "weibo");
        long targetId = target(post, "weibo").id();
        rig.approvedText.save(targetId, List.of("答".repeat(300)));

        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.lastError().message()).startsWith("content no longer meets the channel's rules");
        assertThat(failed.attempts()).as("nothing was sent").isZero();
        assertThat(rig.audit.history(post.id())).extracting(TargetTransition::to)
                .doesNotContain(TargetState.PUBLISHING);
        assertThat(weibo.callKeys()).isEmpty();
    }

    @Test
    void aManualRetryOfAFailedTargetGetsAFreshBudget() {
        weibo.then(new Fault.TransientFailure(), new Fault.TransientFailure(), new Fault.TransientFailure(),
                new Fault.TransientFailure());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(90));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.FAILED);

        rig.workflow.reschedule(post.id(), "weibo", T0.plusSeconds(100), "approver-wang", "the outage is over");
        rig.clock.set(T0.plusSeconds(100));
        dispatcher.dispatchDue();

        PublishTarget retried = target(post, "weibo");
        assertThat(retried.state()).as("one failure of a fresh budget is retried").isEqualTo(TargetState.SCHEDULED);
        assertThat(retried.attempts()).isEqualTo(1);
        rig.clock.set(retried.nextAttemptAt());
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(post, "weibo").attempts()).isEqualTo(2);
        assertThat(weibo.callKeys()).hasSize(5);
    }

    @Test
    void aResentUnknownOutcomeGetsAFreshBudget() {
        weibo.then(new Fault.LoseResponse(), new Fault.TransientFailure(), new Fault.TransientFailure(),
                new Fault.TransientFailure());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);

        rig.workflow.resolve(post.id(), target(post, "weibo").id(), new Resolution.Resend(), "approver-wang",
                "not on the account's page");
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").attempts()).isEqualTo(1);
        for (int retry = 0; retry < 2; retry++) {
            rig.clock.set(target(post, "weibo").nextAttemptAt());
            dispatcher.dispatchDue();
        }

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(weibo.callKeys()).hasSize(4);
    }

    @Test
    void aTargetWhoseChannelWasRemovedFromTheConfigurationFailsWithThatReason() {
        Post post = rig.approvedPost(T0, "weibo");
        Dispatcher withoutWeibo = rig.dispatcherConfiguredWith("node-b",
                PressdeskRig.dispatchProperties(3, PUBLISH_TIMEOUT), "mastodon");

        withoutWeibo.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(3));
        withoutWeibo.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.lastError().category()).isEqualTo(PublishException.Category.PERMANENT);
        assertThat(failed.lastError().message()).contains("'weibo'").contains("no longer configured");
        assertThat(failed.attempts()).isZero();
        assertThat(rig.queue.find(failed.id())).isEmpty();
    }

    @Test
    void aPublishingTargetWhoseChannelWasRemovedBecomesOutcomeUnknownAfterItsLease() {
        Post post = rig.approvedPost(T0, "weibo");
        diesWhilePublishing(post, "weibo");
        Dispatcher withoutWeibo = rig.dispatcherConfiguredWith("node-b",
                PressdeskRig.dispatchProperties(3, PUBLISH_TIMEOUT), "mastodon");

        rig.clock.advance(Duration.ofMinutes(2));
        withoutWeibo.dispatchDue();

        PublishTarget unknown = target(post, "weibo");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().message()).contains("'weibo'").contains("no longer configured");
        assertThat(rig.queue.find(unknown.id())).as("nothing left to check on a channel that is gone").isEmpty();
    }

    @Test
    void aDatabaseHiccupBeforeTheCallIsRetriedAndNeverTakenForAnUnknownOutcome() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.database.jdbc().sql("ALTER TABLE post RENAME TO post_unreachable").update();
        dispatcher.dispatchDue();
        rig.database.jdbc().sql("ALTER TABLE post_unreachable RENAME TO post").update();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void aLostAnswerOnAChannelWithoutKeysIsLookedForAndSettledPublishedWhenFound() {
        weibo.then(new Fault.LoseResponse()).thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);

        rig.clock.advance(Duration.ofSeconds(59));
        dispatcher.dispatchDue();
        assertThat(weibo.reconcileCalls()).as("the channel's timeline may lag; wait before looking").isEmpty();
        rig.clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchDue();

        PublishTarget published = target(post, "weibo");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.receipt().remoteId()).isEqualTo("remote-1");
        assertThat(published.receipt().url()).isEqualTo("https://channel.example/weibo/1");
        assertThat(published.lastError()).isNull();
        assertThat(weibo.reconcileCalls()).singleElement().satisfies(call -> {
            assertThat(call.idempotencyKey()).isEqualTo(published.idempotencyKey());
            assertThat(call.firstAttemptAt()).isEqualTo(T0);
        });
        assertThat(weibo.callKeys()).hasSize(1);
        assertThat(weibo.publications()).isEqualTo(1);
        assertThat(rig.audit.history(post.id()).getLast().reason()).contains("the scripted channel's posts since");
        assertThat(rig.events).extracting(PublishEvent::outcome)
                .containsExactly(PublishEvent.Outcome.OUTCOME_UNKNOWN, PublishEvent.Outcome.PUBLISHED);
    }

    @Test
    void aLostAnswerTheChannelShowsCertainlyAbsentIsResentWithTheSameKey() {
        weibo.then(new Fault.Hang()).thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);

        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);
        dispatcher.dispatchDue();

        PublishTarget published = target(post, "weibo");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.attempts()).isEqualTo(2);
        assertThat(weibo.callKeys()).hasSize(2).containsOnly(published.idempotencyKey());
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void aCheckThatCannotTellLeavesTheTargetToAPersonWithWhatWasChecked() {
        weibo.then(new Fault.LoseResponse()).thenCheck(new Check.Undetermined("the account's 200 newest posts: "
                + "two near matches"));
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        PublishTarget unknown = target(post, "weibo");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().category()).isEqualTo(PublishException.Category.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().message()).contains("two near matches");
        assertThat(unknown.nextAttemptAt()).isNull();
        assertThat(rig.queue.find(unknown.id())).isEmpty();
        assertThat(rig.audit.history(post.id()).getLast().reason()).contains("two near matches");

        rig.clock.advance(Duration.ofHours(1));
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(weibo.reconcileCalls()).hasSize(1);
    }

    @Test
    void aChannelThatCannotBeAskedIsAskedAgainABoundedNumberOfTimesThenLeftToAPerson() {
        weibo.then(new Fault.LoseResponse())
                .thenCheck(new Check.Unreachable(), new Check.Unreachable(), new Check.Unreachable());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(target(post, "weibo").nextAttemptAt()).isEqualTo(rig.clock.instant().plus(Duration.ofMinutes(1)));

        for (int check = 2; check <= 3; check++) {
            rig.clock.advance(Duration.ofMinutes(1));
            dispatcher.dispatchDue();
        }
        rig.clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();

        PublishTarget unknown = target(post, "weibo");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.nextAttemptAt()).isNull();
        assertThat(unknown.lastError().message()).contains("502 Bad Gateway");
        assertThat(weibo.reconcileCalls()).hasSize(3);
        assertThat(rig.queue.find(unknown.id())).isEmpty();
    }

    @Test
    void aRateLimitedCheckWaitsForTheChannelWithoutSpendingChecks() {
        weibo.then(new Fault.LoseResponse()).thenCheck(new Check.RateLimit(T0.plus(Duration.ofHours(1))),
                new Check.Unreachable(), new Check.Unreachable(), new Check.Truth());
        Post post = rig.approvedPost(T0, "weibo");
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").nextAttemptAt()).isEqualTo(T0.plus(Duration.ofHours(1)));

        rig.clock.set(T0.plus(Duration.ofHours(1)));
        for (int check = 1; check <= 3; check++) {
            dispatcher.dispatchDue();
            rig.clock.advance(Duration.ofMinutes(1));
        }

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.reconcileCalls()).hasSize(4);
    }

    @Test
    void anIdempotencyKeyTheChannelHasForgottenIsNeverReliedOn() {
        hourly.then(new Fault.LoseResponse(), new Fault.RateLimit(T0.plus(Duration.ofHours(2))))
                .thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "mastodon-1h");
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon-1h").state()).as("the key is still honoured").isEqualTo(TargetState.SCHEDULED);
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon-1h").nextAttemptAt()).isEqualTo(T0.plus(Duration.ofHours(2)));

        rig.clock.set(T0.plus(Duration.ofHours(2)));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon-1h").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(hourly.callKeys()).as("no re-send once the channel forgot the key").hasSize(2);

        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        PublishTarget published = target(post, "mastodon-1h");
        assertThat(published.state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(published.receipt().remoteId()).isEqualTo("remote-1");
        assertThat(hourly.publications()).isEqualTo(1);
    }

    @Test
    void aTargetRecoveredAfterItsKeyExpiredIsLookedForNotResent() {
        hourly.then(new Fault.LoseResponse(), new Fault.RateLimit(T0.plus(Duration.ofMinutes(59))))
                .thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "mastodon-1h");
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        rig.clock.set(T0.plus(Duration.ofMinutes(59)));
        diesWhilePublishing(post, "mastodon-1h");

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon-1h").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        assertThat(target(post, "mastodon-1h").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(hourly.callKeys()).hasSize(2);
        assertThat(hourly.publications()).isEqualTo(1);
    }

    @Test
    void aTargetRecoveredOnAChannelWithoutKeysIsLookedForOnTheChannel() {
        weibo.thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "weibo");
        diesWhilePublishing(post, "weibo");

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").state()).as("the channel shows nothing went out").isEqualTo(TargetState.SCHEDULED);
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(weibo.reconcileCalls()).hasSize(1);
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void aTargetRecoveredAfterItsLeaseCountsAsAnUnknownOutcomeInTheMetrics() {
        Post post = rig.approvedPost(T0, "weibo");
        diesWhilePublishing(post, "weibo");

        rig.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(rig.events).extracting(PublishEvent::outcome).containsExactly(PublishEvent.Outcome.OUTCOME_UNKNOWN);
    }

    @Test
    void attemptsThatRunOutAfterOneMayHaveReachedTheChannelEndOutcomeUnknownNotFailed() {
        mastodon.then(new Fault.LoseResponse(), new Fault.TransientFailure(), new Fault.TransientFailure())
                .thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "mastodon");
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(90));
        dispatcher.dispatchDue();

        PublishTarget unknown = target(post, "mastodon");
        assertThat(unknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().category()).isEqualTo(PublishException.Category.OUTCOME_UNKNOWN);
        assertThat(unknown.lastError().message()).startsWith("gave up after 3 attempts");

        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(post, "mastodon").receipt().remoteId()).isEqualTo("remote-1");
    }

    @Test
    void attemptsThatRanOutEndFailedOnceTheChannelShowsNoneWentOut() {
        mastodon.then(new Fault.Hang(), new Fault.TransientFailure(), new Fault.TransientFailure())
                .thenCheck(new Check.Truth());
        Post post = rig.approvedPost(T0, "mastodon");
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(90));
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);

        rig.clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "mastodon");
        assertThat(failed.state()).isEqualTo(TargetState.FAILED);
        assertThat(failed.lastError().message()).startsWith("gave up after 3 attempts")
                .contains("none of them went out");
        assertThat(mastodon.publications()).isZero();
        assertThat(rig.queue.find(failed.id())).isEmpty();
    }

    @Test
    void aFailedOrUnknownTargetLogsOneLineNamingPostChannelAndReason() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger dispatchLog = (Logger) LoggerFactory.getLogger("org.pressdesk.dispatch");
        log.start();
        dispatchLog.addAppender(log);
        try {
            weibo.then(new Fault.PermanentFailure("access token expired; reconnect the account"),
                    new Fault.LoseResponse());
            Post failed = rig.approvedPost(T0, "weibo");
            dispatcher.dispatchDue();
            Post unknown = rig.approvedPost(T0, "weibo");
            dispatcher.dispatchDue();

            List<String> warnings = log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                    .peek(event -> assertThat(event.getThrowableProxy()).as("one line, no stack trace").isNull())
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertThat(warnings).hasSize(2);
            assertThat(warnings).anySatisfy(line -> assertThat(line).contains("post " + failed.id())
                    .contains("weibo").contains("FAILED").contains("access token expired; reconnect the account"));
            assertThat(warnings).anySatisfy(line -> assertThat(line).contains("post " + unknown.id())
                    .contains("weibo").contains("OUTCOME_UNKNOWN").contains("connection reset"));
        } finally {
            dispatchLog.detachAppender(log);
        }
    }

    private void diesWhilePublishing(Post post, String channel) {
        PublishTarget scheduled = target(post, channel);
        rig.queue.claimDue(rig.clock.instant(), 10, "dead-node", Duration.ofMinutes(2), org.pressdesk.queue.PublishQueue.Paused.NOTHING);
        rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(rig.clock.instant()),
                "dispatcher@dead-node", "attempt " + (scheduled.attempts() + 1));
    }

    private PublishTarget target(Post post, String channel) {
        List<PublishTarget> targets = rig.reload(post).targets();
        return targets.stream().filter(target -> target.channelId().equals(channel)).findFirst().orElseThrow();
    }
}
