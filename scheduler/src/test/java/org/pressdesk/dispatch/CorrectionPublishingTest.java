package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.ChannelContent;
import org.pressdesk.content.ContentKind;
import org.pressdesk.post.Correction;
import org.pressdesk.post.Post;
import org.pressdesk.post.TargetState;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** A correction is approved like any post and goes out as a reply to the original where it is still online. */
class CorrectionPublishingTest {

    private ScriptedConnector mastodon;
    private ScriptedConnector weibo;
    private PressdeskRig rig;
    private Dispatcher dispatcher;

    @BeforeEach
    void setUp() {
        SettableClock clock = new SettableClock(T0);
        mastodon = new ScriptedConnector("mastodon", true, clock);
        weibo = new ScriptedConnector("weibo", false, clock);
        rig = new PressdeskRig(TestDatabase.h2(), clock, mastodon, weibo);
        dispatcher = rig.dispatcher("node-a", PressdeskRig.dispatchProperties(3, Duration.ofSeconds(2)));
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aCorrectionGoesOutAsAReplyToTheOriginalOnTheChannelsItWentTo() {
        Post original = rig.approvedPost(T0, "mastodon", "weibo");
        dispatcher.dispatchDue();
        rig.clock.advance(Duration.ofHours(1));

        Post correction = rig.workflow.correct(original.id(), new Correction("editor-li", null,
                "對話日期應為2012年1月。", null));
        assertThat(correction.kind()).isEqualTo(ContentKind.CORRECTION);
        assertThat(correction.correctsPostId()).isEqualTo(original.id());
        assertThat(correction.targets()).extracting(target -> target.channelId() + "=" + target.state())
                .containsExactlyInAnyOrder("mastodon=DRAFT", "weibo=DRAFT");
        rig.workflow.submit(correction.id(), "editor-li", null);
        rig.workflow.approve(correction.id(), "approver-wang", null);
        dispatcher.dispatchDue();

        assertThat(mastodon.contents()).hasSize(2);
        ChannelContent reply = mastodon.contents().getLast();
        assertThat(reply.kind()).isEqualTo(ContentKind.CORRECTION);
        assertThat(reply.replyTo()).isEqualTo(rig.reload(original).targets().stream()
                .filter(target -> target.channelId().equals("mastodon")).findFirst().orElseThrow().receipt().remoteId());
        assertThat(rig.reload(correction).targets()).extracting(target -> target.state())
                .containsOnly(TargetState.PUBLISHED);
    }

    @Test
    void aCorrectionOfAWithdrawnOriginalIsAPostOfItsOwn() {
        Post original = rig.approvedPost(T0, "mastodon");
        dispatcher.dispatchDue();
        rig.workflow.withdraw(original.id(), "chief-zhang", "wrong date");
        dispatcher.dispatchDue();

        Post correction = rig.workflow.correct(original.id(), new Correction("editor-li", null,
                "對話日期應為2012年1月。", null));
        rig.workflow.submit(correction.id(), "editor-li", null);
        rig.workflow.approve(correction.id(), "approver-wang", null);
        dispatcher.dispatchDue();

        assertThat(mastodon.contents().getLast().replyTo()).isNull();
        assertThat(rig.reload(correction).targets().getFirst().state()).isEqualTo(TargetState.PUBLISHED);
    }
}
