package org.pressdesk.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressdesk.support.PressdeskRig.T0;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.post.TargetState;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.ScriptedConnector;
import org.pressdesk.testing.SettableClock;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.support.TestRedis;

/**
 * Two nodes on one real PostgreSQL share a backlog of 2,000 targets and publish each exactly once, with the queue in
 * the database and with the queue in the real Redis.
 */
class TwoDispatchersOnPostgresTest {

    private static final int POSTS = 1_000;

    private final SettableClock clock = new SettableClock(T0);
    private ScriptedConnector weibo;
    private ScriptedConnector x;
    private PressdeskRig rig;
    private TestRedis redis;

    @BeforeEach
    void setUp() {
        // Neither channel de-duplicates by key: a second publication of any target would show.
        weibo = new ScriptedConnector("weibo", false, clock);
        x = new ScriptedConnector("x", false, clock);
    }

    @AfterEach
    void tearDown() {
        rig.close();
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void publishesEachDueTargetExactlyOnceAcrossTwoNodes() throws Exception {
        rig = new PressdeskRig(TestDatabase.postgres(), clock, weibo, x);
        publishEachExactlyOnce();
    }

    @Test
    void publishesEachDueTargetExactlyOnceAcrossTwoNodesSharingARedisQueue() throws Exception {
        redis = new TestRedis();
        rig = new PressdeskRig(TestDatabase.postgres(), clock, redis.queue(), weibo, x);
        publishEachExactlyOnce();
        assertThat(rig.queue.targetIds(0, 10)).isEmpty();
    }

    private void publishEachExactlyOnce() throws Exception {
        for (int i = 0; i < POSTS; i++) {
            rig.approvedPost(T0, "weibo", "x");
        }
        DispatchProperties properties = PressdeskRig.dispatchProperties(5, Duration.ofSeconds(10));
        List<Dispatcher> nodes = List.of(rig.dispatcher("node-a", properties), rig.dispatcher("node-b", properties));

        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            List<Callable<Integer>> runs = nodes.stream()
                    .<Callable<Integer>>map(node -> () -> {
                        int total = 0;
                        int claimed;
                        do {
                            claimed = node.dispatchDue();
                            total += claimed;
                        } while (claimed > 0);
                        return total;
                    })
                    .toList();
            List<Future<Integer>> done = both.invokeAll(runs);
            int claimedByA = done.get(0).get();
            int claimedByB = done.get(1).get();
            assertThat(claimedByA + claimedByB).isEqualTo(2 * POSTS);
            assertThat(claimedByA).as("node-a shared the work").isPositive();
            assertThat(claimedByB).as("node-b shared the work").isPositive();
        }

        List<String> keys = rig.database.jdbc().sql("SELECT idempotency_key FROM publish_target")
                .query(String.class).list();
        assertThat(keys).hasSize(2 * POSTS);
        Map<String, Long> callsPerKey = java.util.stream.Stream.concat(weibo.callKeys().stream(), x.callKeys().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(callsPerKey).hasSize(2 * POSTS).allSatisfy((key, calls) -> assertThat(calls).isEqualTo(1));
        assertThat(weibo.publications() + x.publications()).isEqualTo(2 * POSTS);
        assertThat(rig.database.jdbc().sql("SELECT state, COUNT(*) FROM publish_target GROUP BY state")
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list())
                .containsExactly(Map.entry(TargetState.PUBLISHED.name(), 2L * POSTS));
        assertThat(rig.queue.stats(clock.instant().plus(Duration.ofDays(1))).due()).isZero();
    }
}
