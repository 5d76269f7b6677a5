package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pressdesk.support.PressdeskRig.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.connector.PublishReceipt;
import org.pressdesk.post.ConcurrentTargetModificationException;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Publications recorded together keep each target's guarantees. */
class PublishedOutcomesTest {

    private final SettableClock clock = new SettableClock(T0);
    private final PressdeskRig rig = new PressdeskRig(TestDatabase.h2(), clock,
            new ScriptedConnector("weibo", false, clock));
    private final PublishedOutcomes outcomes = new PublishedOutcomes(rig.lifecycle, rig.posts, "dispatcher@node-a");

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aLateCompletionFencedOutByAnotherNodeRecordsNothingWhileAnotherIsRecorded() {
        Post firstPost = rig.approvedPost(T0, "weibo");
        Post secondPost = rig.approvedPost(T0, "weibo");
        PublishTarget first = publishing(firstPost);
        PublishTarget second = publishing(secondPost);
        // node-a's lease ran out: node-b took the second over and marked its outcome unknown.
        rig.lifecycle.move(second, second.withState(TargetState.OUTCOME_UNKNOWN), "dispatcher@node-b", "lease expired");

        outcomes.record(firstPost, first, receipt("remote-1"), "published as remote-1");
        assertThatThrownBy(() -> outcomes.record(secondPost, second, receipt("remote-2"), "published as remote-2"))
                .isInstanceOf(ConcurrentTargetModificationException.class);

        assertThat(rig.posts.findTarget(first.id()).orElseThrow().state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(rig.posts.publishedParts(first.id())).containsExactly("remote-1", "remote-1-part-2");
        PublishTarget stillUnknown = rig.posts.findTarget(second.id()).orElseThrow();
        assertThat(stillUnknown.state()).isEqualTo(TargetState.OUTCOME_UNKNOWN);
        assertThat(stillUnknown.receipt()).isNull();
        assertThat(rig.posts.publishedParts(second.id())).isEmpty();
        assertThat(rig.audit.history(secondPost.id()).getLast().actor()).isEqualTo("dispatcher@node-b");
    }

    @Test
    void publicationsFinishingAtOnceAreEachRecordedOnce() throws Exception {
        List<Post> posts = new ArrayList<>();
        List<PublishTarget> publishing = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Post post = rig.approvedPost(T0, "weibo");
            posts.add(post);
            publishing.add(publishing(post));
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PublishTarget>> recorded = new ArrayList<>();
        try (ExecutorService finishing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < posts.size(); i++) {
                Post post = posts.get(i);
                PublishTarget target = publishing.get(i);
                recorded.add(finishing.submit(() -> {
                    go.await();
                    return outcomes.record(post, target, receipt("remote-" + target.id()), "published");
                }));
            }
            go.countDown();
            for (Future<PublishTarget> one : recorded) {
                assertThat(one.get().state()).isEqualTo(TargetState.PUBLISHED);
            }
        }
        for (int i = 0; i < posts.size(); i++) {
            PublishTarget target = publishing.get(i);
            assertThat(rig.posts.findTarget(target.id()).orElseThrow().receipt().remoteId())
                    .isEqualTo("remote-" + target.id());
            assertThat(rig.audit.history(posts.get(i).id())).extracting(TargetTransition::to)
                    .containsOnlyOnce(TargetState.PUBLISHED);
            assertThat(rig.records.ofTarget(target.id())).extracting(record -> record.outcome().name())
                    .containsExactly("PUBLISHED");
            assertThat(rig.queue.find(target.id())).isEmpty();
        }
    }

    private PublishTarget publishing(Post post) {
        PublishTarget scheduled = post.targets().getFirst();
        return rig.lifecycle.move(scheduled, scheduled.withState(TargetState.PUBLISHING).withAttemptStarted(T0),
                "dispatcher@node-a", "attempt 1");
    }

    private static PublishReceipt receipt(String remoteId) {
        return new PublishReceipt(remoteId, null, T0, List.of(remoteId, remoteId + "-part-2"));
    }
}
