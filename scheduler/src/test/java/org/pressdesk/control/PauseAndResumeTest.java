package org.pressdesk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.PublishException;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.pacing.PacingProperties;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.ScriptedConnector.Fault;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Pausing publishing everywhere or on one channel, and what happens to the targets that wait. */
class PauseAndResumeTest {

    private static final DispatchProperties PROPERTIES = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(5));

    private ScriptedConnector weibo;
    private ScriptedConnector mastodon;
    private PressdeskRig rig;
    private Dispatcher nodeA;

    @BeforeEach
    void setUp() {
        SettableClock clock = new SettableClock(T0);
        weibo = new ScriptedConnector("weibo", false, clock);
        mastodon = new ScriptedConnector("mastodon", true, clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, weibo, mastodon);
        nodeA = rig.dispatcher("node-a", PROPERTIES);
    }

    @AfterEach
    void tearDown() {
        weibo.release();
        mastodon.release();
        rig.close();
    }

    @Test
    void aPausedChannelIsNotClaimedWhileOtherChannelsPublish() {
        Post post = rig.approvedPost(T0, "weibo", "mastodon");
        rig.control.pause("weibo", "account may be compromised", "director-zhang");

        nodeA.dispatchDue();

        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
        PublishTarget waiting = target(post, "weibo");
        assertThat(waiting.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(waiting.attempts()).isZero();
        assertThat(weibo.callKeys()).isEmpty();
        assertThat(rig.queue.find(waiting.id())).get().satisfies(entry -> assertThat(entry.leaseOwner()).isNull());
    }

    @Test
    void aScheduledTargetWhoseNodeDiedAfterClaimingItWaitsOutAPauseInsteadOfBeingSent() {
        Post post = rig.approvedPost(T0, "weibo");
        rig.queue.claimDue(T0, 10, "dead-node", Duration.ofMinutes(2), PublishQueue.Paused.NOTHING);
        rig.control.pause("weibo", "account may be compromised", "director-zhang");
        rig.clock.advance(Duration.ofMinutes(3));

        nodeA.dispatchDue();

        assertThat(weibo.callKeys()).isEmpty();
        PublishTarget waiting = target(post, "weibo");
        assertThat(waiting.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(rig.queue.find(waiting.id())).get().satisfies(entry -> assertThat(entry.leaseOwner()).isNull());
    }

    @Test
    void pausingEverythingStopsEveryNodeSharingTheDatabaseAtItsNextClaim() {
        Dispatcher nodeB = rig.dispatcher("node-b", PROPERTIES);
        Post first = rig.approvedPost(T0, "weibo", "mastodon");
        rig.control.pause(Pause.ALL, "national day of mourning", "director-zhang");
        Post second = rig.approvedPost(T0.plusSeconds(60), "weibo", "mastodon");
        rig.clock.advance(Duration.ofMinutes(5));

        assertThat(nodeA.dispatchDue()).isZero();
        assertThat(nodeB.dispatchDue()).isZero();

        assertThat(weibo.callKeys()).isEmpty();
        assertThat(mastodon.callKeys()).isEmpty();
        assertThat(List.of(first, second)).allSatisfy(post -> assertThat(rig.reload(post).targets())
                .allSatisfy(target -> assertThat(target.state()).isEqualTo(TargetState.SCHEDULED)));
    }

    @Test
    void aPublicationInFlightWhenThePauseComesFinishesAndSettles() {
        weibo.then(new Fault.Slow());
        Post post = rig.approvedPost(T0, "weibo");
        assertThat(nodeA.startDue()).isEqualTo(1);
        await().until(() -> weibo.callKeys().size() == 1);

        rig.control.pause(Pause.ALL, "crisis", "director-zhang");
        weibo.release();

        await().until(() -> target(post, "weibo").state() == TargetState.PUBLISHED);
        assertThat(weibo.publications()).isEqualTo(1);
    }

    @Test
    void targetsThatFallDueDuringAPauseWaitAndGoOutOnResume() {
        rig.control.pause("weibo", "crisis", "director-zhang");
        Post post = rig.approvedPost(T0.plus(Duration.ofMinutes(30)), "weibo");
        rig.clock.advance(Duration.ofHours(2));
        nodeA.dispatchDue();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);

        List<PublishTarget> held = rig.control.resume("weibo", "director-zhang", "all clear");
        nodeA.dispatchDue();

        assertThat(held).isEmpty();
        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(rig.control.history()).extracting(ControlEvent::action, ControlEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ControlEvent.Action.PAUSE, "director-zhang"),
                        org.assertj.core.groups.Tuple.tuple(ControlEvent.Action.RESUME, "director-zhang"));
    }

    @Test
    void aTargetOverdueByMoreThanTheStalenessIsHeldBackForAPersonOnResume() {
        rig.control.pause(Pause.ALL, "crisis", "director-zhang");
        Post stale = rig.approvedPost(T0.plus(Duration.ofMinutes(30)), "weibo");
        Post recent = rig.approvedPost(T0.plus(Duration.ofHours(3)), "mastodon");
        rig.clock.set(T0.plus(Duration.ofHours(7)));

        List<PublishTarget> held = rig.control.resume(Pause.ALL, "director-zhang", null);
        nodeA.dispatchDue();

        assertThat(held).extracting(PublishTarget::postId).containsExactly(stale.id());
        PublishTarget heldBack = target(stale, "weibo");
        assertThat(heldBack.state()).isEqualTo(TargetState.HELD);
        assertThat(rig.queue.find(heldBack.id())).isEmpty();
        assertThat(weibo.callKeys()).isEmpty();
        assertThat(rig.audit.history(stale.id()).getLast()).satisfies(transition -> {
            assertThat(transition.to()).isEqualTo(TargetState.HELD);
            assertThat(transition.actor()).isEqualTo("director-zhang");
            assertThat(transition.reason()).contains("held back").contains("6 h").contains("reschedule or cancel");
        });
        assertThat(target(recent, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
    }

    @Test
    void reschedulingAHeldTargetReleasesItAndCancellingDropsIt() {
        rig.control.pause(Pause.ALL, "crisis", "director-zhang");
        Post post = rig.approvedPost(T0, "weibo", "mastodon");
        rig.clock.set(T0.plus(Duration.ofHours(8)));
        rig.control.resume(Pause.ALL, "director-zhang", null);

        rig.workflow.reschedule(post.id(), "weibo", rig.clock.instant(), "editor-li", "still relevant");
        nodeA.dispatchDue();
        rig.workflow.cancel(post.id(), "editor-li", "overtaken by events");

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.CANCELLED);
        assertThat(rig.audit.history(post.id())).extracting(TargetTransition::to)
                .containsSubsequence(TargetState.HELD, TargetState.SCHEDULED);
    }

    @Test
    void resumingOneChannelLeavesItWaitingWhileEverythingIsStillPaused() {
        rig.control.pause("weibo", "hacked", "director-zhang");
        rig.control.pause(Pause.ALL, "crisis", "director-zhang");
        Post post = rig.approvedPost(T0, "weibo");
        rig.clock.set(T0.plus(Duration.ofHours(8)));

        rig.control.resume("weibo", "director-zhang", null);
        nodeA.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(weibo.callKeys()).isEmpty();
    }

    @Test
    void overdueTargetsGoOutSpreadByTheChannelsPacingOnResume() {
        rig.pace("weibo", new PacingProperties.Pacing(Duration.ofMinutes(10), null, null, null));
        Dispatcher paced = rig.dispatcher("node-a", PROPERTIES);
        rig.control.pause("weibo", "crisis", "director-zhang");
        Post a = rig.approvedPost(T0, "weibo");
        Post b = rig.approvedPost(T0, "weibo");
        Post c = rig.approvedPost(T0, "weibo");
        rig.clock.set(T0.plus(Duration.ofHours(1)));
        rig.control.resume("weibo", "director-zhang", null);

        paced.dispatchDue();
        assertThat(weibo.publications()).isEqualTo(1);
        rig.clock.advance(Duration.ofMinutes(10));
        paced.dispatchDue();
        assertThat(weibo.publications()).isEqualTo(2);
        rig.clock.advance(Duration.ofMinutes(10));
        paced.dispatchDue();

        assertThat(List.of(a, b, c)).allSatisfy(post -> assertThat(target(post, "weibo").state())
                .isEqualTo(TargetState.PUBLISHED));
        assertThat(List.of(a, b, c).stream().map(post -> target(post, "weibo").receipt().publishedAt()).sorted())
                .containsExactly(T0.plus(Duration.ofMinutes(60)), T0.plus(Duration.ofMinutes(70)),
                        T0.plus(Duration.ofMinutes(80)));
    }

    @Test
    void pausingWhatIsPausedAndResumingWhatIsNotAreRefusedAndChangeNothing() {
        rig.control.pause("weibo", "hacked", "director-zhang");

        assertThatThrownBy(() -> rig.control.pause("weibo", "again", "editor-li"))
                .isInstanceOf(AlreadyPausedException.class).hasMessageContaining("director-zhang")
                .hasMessageContaining("hacked");
        assertThatThrownBy(() -> rig.control.resume("mastodon", "editor-li", null))
                .isInstanceOf(NotPausedException.class).hasMessageContaining("'mastodon' is not paused");
        assertThatThrownBy(() -> rig.control.resume(Pause.ALL, "editor-li", null))
                .isInstanceOf(NotPausedException.class);

        assertThat(rig.control.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.scope()).isEqualTo("weibo");
            assertThat(pause.reason()).isEqualTo("hacked");
        });
        assertThat(rig.control.history()).hasSize(1);
    }

    @Test
    void anAccountThatCannotPublishPausesItsChannelUntilThePlatformsTimeInsteadOfRetrying() {
        java.time.Instant resets = T0.plus(Duration.ofHours(1));
        weibo.then(new Fault.AccountUnavailable(PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED, resets));
        Post first = rig.approvedPost(T0, "weibo");
        Post second = rig.approvedPost(T0.plusSeconds(60), "weibo");

        nodeA.dispatchDue();
        rig.clock.advance(Duration.ofMinutes(30));
        nodeA.dispatchDue();

        assertThat(weibo.callKeys()).hasSize(1);
        assertThat(List.of(first, second)).allSatisfy(post -> assertThat(target(post, "weibo")).satisfies(target -> {
            assertThat(target.state()).isEqualTo(TargetState.SCHEDULED);
            assertThat(target.attempts()).isZero();
        }));
        assertThat(target(first, "weibo").lastError().category())
                .isEqualTo(PublishException.Category.ACCOUNT_UNAVAILABLE);
        assertThat(rig.control.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.scope()).isEqualTo("weibo");
            assertThat(pause.cause()).isEqualTo(PauseCause.QUOTA);
            assertThat(pause.reason()).contains("monthly product cap");
            assertThat(pause.resumeAt()).isEqualTo(resets);
            assertThat(pause.pausedBy()).isEqualTo("pressdesk");
        });

        rig.clock.set(resets);
        nodeA.dispatchDue();

        assertThat(rig.control.pauses()).isEmpty();
        assertThat(List.of(first, second)).allSatisfy(post -> assertThat(target(post, "weibo").state())
                .isEqualTo(TargetState.PUBLISHED));
        assertThat(rig.control.history()).extracting(ControlEvent::action, ControlEvent::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ControlEvent.Action.PAUSE, "pressdesk"),
                org.assertj.core.groups.Tuple.tuple(ControlEvent.Action.RESUME, "pressdesk"));
    }

    @Test
    void expiredCredentialsPauseTheChannelUntilAPersonResumesIt() {
        weibo.then(new Fault.AccountUnavailable(PublishException.AccountUnavailable.Why.CREDENTIALS_INVALID, null));
        Post post = rig.approvedPost(T0, "weibo", "mastodon");

        nodeA.dispatchDue();
        rig.clock.advance(Duration.ofDays(2));
        nodeA.dispatchDue();

        assertThat(target(post, "weibo").state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(target(post, "mastodon").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(rig.control.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.cause()).isEqualTo(PauseCause.CREDENTIALS);
            assertThat(pause.resumeAt()).isNull();
            assertThat(pause.reason()).contains("renew the credentials");
        });
        assertThat(weibo.callKeys()).hasSize(1);
    }

    private PublishTarget target(Post post, String channelId) {
        return rig.reload(post).targets().stream().filter(target -> target.channelId().equals(channelId))
                .findFirst().orElseThrow();
    }
}
