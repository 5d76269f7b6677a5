package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.channel.JdbcThreadJournal;
import org.pressdesk.connector.PublishException;
import org.pressdesk.connector.ThreadJournal;
import org.pressdesk.metrics.publish.PublishEvent;
import org.pressdesk.post.IllegalTransitionException;
import org.pressdesk.post.NothingToWithdrawException;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.Receipt;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.ScriptedConnector.Fault;
import org.pressdesk.support.ScriptedConnector.Takedown;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/**
 * Withdrawing a post: every published target is deleted on its channel through the same queue,
 * leases, retries and audit as publishing; targets not yet published are cancelled.
 */
class WithdrawalTest {

    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(2);

    private ScriptedConnector weibo;
    private ScriptedConnector mastodon;
    private PressdeskRig rig;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        SettableClock clock = new SettableClock(T0);
        weibo = new ScriptedConnector("weibo", false, clock);
        mastodon = new ScriptedConnector("mastodon", true, clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, weibo, mastodon);
        dispatcher = rig.dispatcher("node-a", PressdeskRig.dispatchProperties(3, PUBLISH_TIMEOUT));
    }

    @AfterEach
    void tearDown() {
        weibo.release();
        mastodon.release();
        rig.close();
    }

    @Test
    void aWithdrawnPostIsDeletedOnItsChannelAndAuditedWithReasonAndActor() {
        Post post = published("weibo");
        rig.clock.advance(Duration.ofMinutes(5));

        rig.workflow.withdraw(post.id(), "chief-zhang", "the figure in the answer is wrong");
        PublishTarget withdrawing = target(post, "weibo");
        assertThat(withdrawing.state()).isEqualTo(TargetState.WITHDRAWING);
        assertThat(rig.queue.find(withdrawing.id())).get().extracting(entry -> entry.dueAt())
                .isEqualTo(rig.clock.instant());

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        PublishTarget withdrawn = target(post, "weibo");
        assertThat(withdrawn.state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(withdrawn.receipt().remoteId()).as("where it was stays on record").isEqualTo("remote-1");
        assertThat(rig.queue.find(withdrawn.id())).isEmpty();
        assertThat(weibo.withdrawCalls()).singleElement().satisfies(call -> {
            assertThat(call.idempotencyKey()).isEqualTo(withdrawn.idempotencyKey());
            assertThat(call.partIds()).containsExactly("remote-1");
        });
        List<TargetTransition> history = rig.audit.history(post.id());
        TargetTransition asked = history.get(history.size() - 2);
        assertThat(asked.to()).isEqualTo(TargetState.WITHDRAWING);
        assertThat(asked.actor()).isEqualTo("chief-zhang");
        assertThat(asked.reason()).contains("the figure in the answer is wrong");
        assertThat(history.getLast().to()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(history.getLast().actor()).isEqualTo("dispatcher@node-a");
        assertThat(history.getLast().reason()).contains("deleted [remote-1]");
        assertThat(rig.events).extracting(PublishEvent::outcome)
                .containsExactly(PublishEvent.Outcome.PUBLISHED, PublishEvent.Outcome.WITHDRAWN);
    }

    @Test
    void everyPartOfAPublishedThreadIsWithdrawn() {
        mastodon.publishingThreadsOf(3);
        Post post = published("mastodon");

        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        dispatcher.dispatchDue();

        assertThat(mastodon.withdrawCalls()).singleElement().extracting(ScriptedConnector.WithdrawCall::partIds)
                .isEqualTo(List.of("remote-1#1", "remote-1#2", "remote-1#3"));
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.WITHDRAWN);
    }

    @Test
    void targetsNotYetPublishedAreCancelledAndNeverSent() {
        mastodon.then(new Fault.TransientFailure());
        Post post = rig.approvedPost(T0, "weibo", "mastodon");
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.SCHEDULED);

        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        PublishTarget cancelled = target(post, "mastodon");
        assertThat(cancelled.state()).isEqualTo(TargetState.CANCELLED);
        assertThat(rig.queue.find(cancelled.id())).isEmpty();
        rig.clock.advance(Duration.ofHours(1));
        dispatcher.dispatchDue();
        assertThat(mastodon.publications()).isZero();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(rig.audit.history(post.id())).filteredOn(t -> t.to() == TargetState.CANCELLED).singleElement()
                .satisfies(t -> assertThat(t.reason()).contains("withdrawn", "wrong"));
    }

    @Test
    void thePartsOfAThreadThatFailedHalfWayAreWithdrawnToo() {
        Post post = rig.approvedPost(T0, "mastodon");
        PublishTarget scheduled = target(post, "mastodon");
        PublishTarget publishing = rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING),
                "dispatcher@test", "attempt 1");
        rig.lifecycle.move(publishing, publishing.withState(TargetState.FAILED), "dispatcher@test",
                "part 3 of 3 refused");
        ThreadJournal journal = new JdbcThreadJournal(rig.database.jdbc());
        journal.record("mastodon", scheduled.idempotencyKey(), new ThreadJournal.PublishedPart(0, "一", "110001", T0));
        journal.record("mastodon", scheduled.idempotencyKey(), new ThreadJournal.PublishedPart(1, "二", "110002", T0));

        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.WITHDRAWING);
        dispatcher.dispatchDue();

        assertThat(mastodon.withdrawCalls()).singleElement().extracting(ScriptedConnector.WithdrawCall::partIds)
                .isEqualTo(List.of("110001", "110002"));
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.WITHDRAWN);
    }

    @Test
    void aFailedTargetWithNothingOnTheChannelIsCancelled() {
        mastodon.then(new Fault.PermanentFailure("refused"));
        Post post = rig.approvedPost(T0, "weibo", "mastodon");
        dispatcher.dispatchDue();
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.FAILED);

        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.CANCELLED);
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWING);
    }

    @Test
    void whatIsAlreadyGoneFromTheChannelCountsAsWithdrawn() {
        weibo.thenWithdraw(new Takedown.Gone());
        Post post = published("weibo");

        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(rig.audit.history(post.id()).getLast().reason()).contains("already gone");
    }

    @Test
    void transientFailuresAreRetriedWithBackoffThenTheWithdrawalFails() {
        weibo.thenWithdraw(new Takedown.TransientFailure(), new Takedown.TransientFailure(),
                new Takedown.TransientFailure());
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        dispatcher.dispatchDue();
        PublishTarget afterFirst = target(post, "weibo");
        assertThat(afterFirst.state()).isEqualTo(TargetState.WITHDRAWING);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(afterFirst.lastError().category()).isEqualTo(PublishException.Category.TRANSIENT);
        rig.clock.set(T0.plusSeconds(29));
        assertThat(dispatcher.dispatchDue()).isZero();
        rig.clock.set(T0.plusSeconds(30));
        dispatcher.dispatchDue();
        rig.clock.set(T0.plusSeconds(90));
        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.WITHDRAWAL_FAILED);
        assertThat(failed.lastError().message()).startsWith("gave up after 3 attempts");
        assertThat(weibo.withdrawCalls()).hasSize(3);
        assertThat(rig.queue.find(failed.id())).isEmpty();
    }

    @Test
    void aRateLimitedWithdrawalWaitsForTheChannelWithoutSpendingAttempts() {
        weibo.thenWithdraw(new Takedown.RateLimit(T0.plusSeconds(900)), new Takedown.RateLimit(T0.plusSeconds(1800)),
                new Takedown.RateLimit(T0.plusSeconds(2700)));
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        dispatcher.dispatchDue();
        assertThat(target(post, "weibo").nextAttemptAt()).isEqualTo(T0.plusSeconds(900));
        for (int wait = 900; wait <= 2700; wait += 900) {
            rig.clock.set(T0.plusSeconds(wait));
            dispatcher.dispatchDue();
        }

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(weibo.withdrawCalls()).hasSize(4);
    }

    @Test
    void aWithdrawalOnAnAccountOutOfQuotaPausesTheChannelAndWaitsForThePlatformsTimeWithoutSpendingAttempts() {
        weibo.thenWithdraw(new Takedown.AccountUnavailable(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED,
                T0.plusSeconds(3600)));
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        dispatcher.dispatchDue();

        PublishTarget waiting = target(post, "weibo");
        assertThat(waiting.state()).isEqualTo(TargetState.WITHDRAWING);
        assertThat(waiting.nextAttemptAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(rig.control.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.scope()).isEqualTo("weibo");
            assertThat(pause.resumeAt()).isEqualTo(T0.plusSeconds(3600));
        });

        rig.clock.set(T0.plusSeconds(3600));
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(weibo.withdrawCalls()).hasSize(2);
    }

    @Test
    void aRefusedWithdrawalFailsWithTheChannelsReasonAndAPersonCanTryAgain() {
        weibo.thenWithdraw(new Takedown.PermanentFailure("access token expired; reconnect the account"));
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.WITHDRAWAL_FAILED);
        assertThat(failed.lastError().message()).isEqualTo("access token expired; reconnect the account");
        assertThat(rig.events.getLast().outcome()).isEqualTo(PublishEvent.Outcome.WITHDRAWAL_FAILED);

        rig.workflow.withdraw(post.id(), "chief-zhang", "token renewed, again");
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWING);
        dispatcher.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
        assertThat(target(post, "weibo").lastError()).isNull();
    }

    @Test
    void anItemAlreadyOnAirIsReportedAsAiredNotWithdrawn() {
        weibo.thenWithdraw(new Takedown.Aired());
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        dispatcher.dispatchDue();

        PublishTarget aired = target(post, "weibo");
        assertThat(aired.state()).isEqualTo(TargetState.WITHDRAWAL_FAILED);
        assertThat(aired.lastError().message()).contains("already on air", "cannot be taken back");
        assertThat(weibo.withdrawCalls()).hasSize(1);
    }

    @Test
    void aChannelThatCannotWithdrawFailsTheWithdrawalForAPersonToDoItByHand() {
        weibo.cannotWithdraw();
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        dispatcher.dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.WITHDRAWAL_FAILED);
        assertThat(failed.lastError().message()).contains("by hand");
    }

    @Test
    void aWithdrawalWhoseNodeDiedIsTakenUpByAnotherNodeAfterTheLease() {
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");
        assertThat(rig.queue.claimDue(rig.clock.instant(), 10, "node-that-dies", Duration.ofMinutes(2), org.pressdesk.queue.PublishQueue.Paused.NOTHING)).hasSize(1);

        assertThat(dispatcher.dispatchDue()).isZero();
        rig.clock.advance(Duration.ofMinutes(2));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.WITHDRAWN);
    }

    @Test
    void aWithdrawalOnAChannelNoLongerConfiguredFailsWithThatReason() {
        Post post = published("weibo");
        rig.workflow.withdraw(post.id(), "chief-zhang", "wrong");

        rig.dispatcherConfiguredWith("node-b", PressdeskRig.dispatchProperties(3, PUBLISH_TIMEOUT), "mastodon")
                .dispatchDue();

        PublishTarget failed = target(post, "weibo");
        assertThat(failed.state()).isEqualTo(TargetState.WITHDRAWAL_FAILED);
        assertThat(failed.lastError().message()).contains("no longer configured");
    }

    @Test
    void withdrawingAPostNothingOfWhichWasPublishedIsRefusedAndChangesNothing() {
        Post post = rig.approvedPost(T0.plusSeconds(600), "weibo", "mastodon");
        List<TargetTransition> before = rig.audit.history(post.id());

        assertThatThrownBy(() -> rig.workflow.withdraw(post.id(), "chief-zhang", "wrong"))
                .isInstanceOf(NothingToWithdrawException.class).hasMessageContaining("nothing of it was published");

        assertThat(rig.reload(post).targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.SCHEDULED);
        assertThat(rig.audit.history(post.id())).hasSameSizeAs(before);
    }

    @Test
    void withdrawingWhileATargetIsBeingPublishedIsRefusedAndChangesNothing() {
        Post post = rig.approvedPost(T0, "weibo", "mastodon");
        PublishTarget weiboTarget = target(post, "weibo");
        PublishTarget weiboPublishing = rig.lifecycle.move(weiboTarget, weiboTarget.withState(TargetState.PUBLISHING),
                "dispatcher@test", "attempt 1");
        rig.lifecycle.move(weiboPublishing, weiboPublishing.withState(TargetState.PUBLISHED)
                .withReceipt(new Receipt("remote-9", null, T0)), "dispatcher@test", "published");
        PublishTarget mastodonTarget = target(post, "mastodon");
        rig.lifecycle.move(mastodonTarget, mastodonTarget.withState(TargetState.PUBLISHING), "dispatcher@test",
                "attempt 1");
        List<TargetTransition> before = rig.audit.history(post.id());

        assertThatThrownBy(() -> rig.workflow.withdraw(post.id(), "chief-zhang", "wrong"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("being published");

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.PUBLISHING);
        assertThat(rig.audit.history(post.id())).hasSameSizeAs(before);
    }

    private Post published(String channel) {
        Post post = rig.approvedPost(T0, channel);
        dispatcher.dispatchDue();
        assertThat(target(post, channel).state()).isEqualTo(TargetState.PUBLISHED);
        return post;
    }

    private PublishTarget target(Post post, String channel) {
        return rig.reload(post).targets().stream().filter(target -> target.channelId().equals(channel))
                .findFirst().orElseThrow();
    }
}
