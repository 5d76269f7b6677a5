package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

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
import org.pressdesk.support.ScriptedConnector.Fault;
import org.pressdesk.support.TestDatabase;

class DispatcherTest {

    private ScriptedConnector weibo;
    private ScriptedConnector mastodon;
    private PressdeskRig rig;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        var clock = new org.pressdesk.testing.SettableClock(T0);
        weibo = new ScriptedConnector("weibo", false, clock);
        mastodon = new ScriptedConnector("mastodon", true, clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, weibo, mastodon);
        dispatcher = rig.dispatcher("node-a", PressdeskRig.dispatchProperties(3, Duration.ofMillis(300)));
    }

    @AfterEach
    void tearDown() {
        weibo.release();
        mastodon.release();
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
        rig.queue.claimDue(T0, 10, "dead-node", Duration.ofMinutes(2));

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
        weibo.then(new Fault.Hang());
        Post slow = rig.approvedPost(T0, "weibo");
        Post fast = rig.approvedPost(T0, "mastodon");

        dispatcher.dispatchDue();

        assertThat(target(fast, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(slow, "weibo").state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
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
                PressdeskRig.dispatchProperties(3, Duration.ofMillis(300)), "mastodon");

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
                PressdeskRig.dispatchProperties(3, Duration.ofMillis(300)), "mastodon");

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

    private void diesWhilePublishing(Post post, String channel) {
        PublishTarget scheduled = target(post, channel);
        rig.queue.claimDue(rig.clock.instant(), 10, "dead-node", Duration.ofMinutes(2));
        rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttempts(1), "dispatcher@dead-node",
                "attempt 1");
    }

    private PublishTarget target(Post post, String channel) {
        List<PublishTarget> targets = rig.reload(post).targets();
        return targets.stream().filter(target -> target.channelId().equals(channel)).findFirst().orElseThrow();
    }
}
