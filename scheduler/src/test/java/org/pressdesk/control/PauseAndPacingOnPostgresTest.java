package org.pressdesk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.dispatch.Dispatcher;
import org.pressdesk.pacing.PacingProperties;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.testing.SettableClock;

/** Two nodes on one real PostgreSQL: a pause stops both, and a channel's pacing holds across both. */
class PauseAndPacingOnPostgresTest {

    private static final DispatchProperties PROPERTIES = PressdeskRig.dispatchProperties(3, Duration.ofSeconds(10));

    private final SettableClock clock = new SettableClock(T0);
    private ScriptedConnector weibo;
    private ScriptedConnector x;
    private PressdeskRig rig;

    @BeforeEach
    void setUp() {
        weibo = new ScriptedConnector("weibo", false, clock);
        x = new ScriptedConnector("x", false, clock);
        rig = new PressdeskRig(TestDatabase.postgres(), clock, weibo, x);
    }

    @AfterEach
    void tearDown() {
        rig.close();
    }

    @Test
    void aPauseStopsBothNodesAtTheirNextClaimAndOnlyThePausedChannel() throws Exception {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(rig.approvedPost(T0, "weibo", "x"));
        }
        rig.control.pause("weibo", "account may be compromised", "director-zhang");

        runTogether(rig.dispatcher("node-a", PROPERTIES), rig.dispatcher("node-b", PROPERTIES));

        assertThat(weibo.callKeys()).isEmpty();
        assertThat(x.publications()).isEqualTo(40);
        assertThat(posts).allSatisfy(post -> assertThat(target(post, "weibo").state())
                .isEqualTo(TargetState.SCHEDULED));
    }

    @Test
    void aChannelsMinimumGapHoldsAcrossTwoNodesDecidingAtOnce() throws Exception {
        rig.pace("weibo", new PacingProperties.Pacing(Duration.ofMinutes(15), null, null, null));
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(rig.approvedPost(T0, "weibo"));
        }

        runTogether(rig.dispatcher("node-a", PROPERTIES), rig.dispatcher("node-b", PROPERTIES));

        assertThat(weibo.publications()).isEqualTo(1);
        List<PublishTarget> waiting = posts.stream().map(post -> target(post, "weibo"))
                .filter(target -> target.state() == TargetState.SCHEDULED).toList();
        assertThat(waiting).hasSize(9).allSatisfy(target -> {
            assertThat(target.nextAttemptAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
            assertThat(target.attempts()).isZero();
            assertThat(target.lastError()).isNull();
        });
        TargetTransition why = rig.audit.history(waiting.getFirst().postId()).getLast();
        assertThat(why.to()).isEqualTo(TargetState.SCHEDULED);
        assertThat(why.reason()).contains("paced until").contains("min-gap PT15M");

        for (int minute = 15; minute <= 15 * 9; minute += 15) {
            clock.set(T0.plus(Duration.ofMinutes(minute)));
            runTogether(rig.dispatcher("node-a", PROPERTIES), rig.dispatcher("node-b", PROPERTIES));
        }
        List<Instant> times = posts.stream().map(post -> target(post, "weibo").receipt().publishedAt()).sorted()
                .toList();
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
        }
        assertThat(weibo.publications()).isEqualTo(10);
    }

    /** Both nodes claim at the same moment, each until nothing more is due for it. */
    private static void runTogether(Dispatcher... nodes) throws Exception {
        try (ExecutorService all = Executors.newFixedThreadPool(nodes.length)) {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (Dispatcher node : nodes) {
                runs.add(() -> {
                    int total = 0;
                    int claimed;
                    do {
                        claimed = node.dispatchDue();
                        total += claimed;
                    } while (claimed > 0);
                    return total;
                });
            }
            for (Future<Integer> run : all.invokeAll(runs)) {
                run.get();
            }
        }
    }

    private PublishTarget target(Post post, String channelId) {
        return rig.reload(post).targets().stream().filter(target -> target.channelId().equals(channelId))
                .findFirst().orElseThrow();
    }
}
