package org.pressdesk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.faults.CallRecords.Call;
import org.pressdesk.faults.CallRecords.Phase;
import org.pressdesk.support.HangingProxy;

/**
 * Issue 11's faults, on nodes in JVMs of their own sharing one PostgreSQL and one Redis, each scenario with a
 * schema and a key prefix of its own and {@value #TARGETS} targets due at once on a channel that writes down every
 * call ({@link RecordingConnector}). The targets are written to the database only, so the nodes' repair sweep
 * queues them at start-up. Every scenario ends with every target PUBLISHED and every call for a target carrying
 * that target's own idempotency key; the faults are let loose once {@value #PART_WAY} are published.
 */
class MultiNodeFaultTest {

    static final int TARGETS = 10_000;
    static final int PART_WAY = 3_000;
    static final Duration ALL_PUBLISHED = Duration.ofSeconds(240);
    /** {@code pressdesk.dispatch.max-in-flight} of each node (see {@link FaultCluster#nodeSettings}). */
    static final int MAX_IN_FLIGHT = 20;
    /** What a target's history says when it is sent again after an attempt that may have gone out. */
    static final String RESEND = "re-sending with the same idempotency key";

    /** Kept when a scenario fails: the nodes' output and the channel's call records. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path folder;

    @Test
    void twoNodesPublishEveryTargetExactlyOnce() throws Exception {
        try (FaultCluster cluster = new FaultCluster(folder)) {
            Timings timings = new Timings("two nodes");
            cluster.seed(TARGETS);
            timings.mark("seeded");
            List<FaultNode> nodes = cluster.start(twoNodes(cluster, FaultCluster.REDIS_PORT));
            timings.mark("nodes up");
            cluster.await("all published", ALL_PUBLISHED, () -> cluster.published() == TARGETS);
            timings.mark("all published");

            CallRecords calls = cluster.calls(pids(nodes));
            int resent = assertEveryTargetPublishedOnce(cluster, calls);
            assertThat(calls.calls()).extracting(Call::node).containsOnly("node-a", "node-b").contains("node-a", "node-b");
            timings.report(calls, "targets re-sent: " + resent);
        }
    }

    @Test
    void aNodeKilledPartWayLosesNothingAndItsCallsInFlightAreResentWithTheirKeys() throws Exception {
        try (FaultCluster cluster = new FaultCluster(folder)) {
            Timings timings = new Timings("kill -9");
            cluster.seed(TARGETS);
            timings.mark("seeded");
            Map<String, Map<String, String>> settings = twoNodes(cluster, FaultCluster.REDIS_PORT);
            // Calls long enough that the node is killed with some under way: the kill waits until one has begun.
            settings.values().forEach(node -> node.put(FaultCluster.CALL_TIME, "PT0.1S"));
            List<FaultNode> nodes = cluster.start(settings);
            Map<Long, String> pids = pids(nodes);
            timings.mark("nodes up");
            cluster.await(PART_WAY + " published", ALL_PUBLISHED, () -> cluster.published() >= PART_WAY);
            FaultNode killed = nodes.getFirst();
            cluster.await("a call under way on " + killed.name(), Duration.ofSeconds(30),
                    () -> cluster.calls(pids).underWay(killed.name()));
            killed.kill();
            timings.mark("node-a killed at " + cluster.published() + " published");
            cluster.await("all published", ALL_PUBLISHED, () -> cluster.published() == TARGETS);
            timings.mark("all published");

            CallRecords calls = cluster.calls(pids);
            Map<Long, List<Call>> byTarget = calls.byTarget();
            Set<Long> touchedByKilled = new HashSet<>();
            Set<Long> inFlightAtKill = new HashSet<>();
            byTarget.forEach((target, its) -> {
                List<Call> fromKilled = its.stream().filter(call -> call.node().equals(killed.name())).toList();
                if (!fromKilled.isEmpty()) {
                    touchedByKilled.add(target);
                }
                if (fromKilled.stream().anyMatch(call -> call.phase() == Phase.BEGIN)
                        && fromKilled.stream().noneMatch(call -> call.phase() == Phase.OK)) {
                    inFlightAtKill.add(target);
                }
            });
            assertThat(inFlightAtKill).as("calls node-a had under way when it was killed").isNotEmpty();
            List<String> notResent = new ArrayList<>();
            for (long target : inFlightAtKill) {
                String key = cluster.keys().get(target);
                boolean resent = byTarget.get(target).stream().anyMatch(call -> call.node().equals("node-b")
                        && call.phase() == Phase.OK && call.key().equals(key));
                if (!resent) {
                    notResent.add(target + ": " + byTarget.get(target));
                }
            }
            assertThat(notResent).as("in flight on node-a at the kill, not re-sent by node-b with the same key")
                    .isEmpty();
            int resent = assertEveryTargetPublishedOnce(cluster, calls);
            timings.report(calls, "calls under way on node-a at the kill: " + inFlightAtKill.size()
                    + ", all re-sent by node-b with their own key; targets node-a had called: " + touchedByKilled.size()
                    + "; targets re-sent: " + resent);
        }
    }

    @Test
    void aRedisThatForgetsEverythingPartWayIsRefilledByTheRepairSweep() throws Exception {
        try (FaultCluster cluster = new FaultCluster(folder)) {
            Timings timings = new Timings("Redis emptied");
            cluster.seed(TARGETS);
            timings.mark("seeded");
            List<FaultNode> nodes = cluster.start(twoNodes(cluster, FaultCluster.REDIS_PORT));
            timings.mark("nodes up");
            cluster.await(PART_WAY + " published", ALL_PUBLISHED, () -> cluster.published() >= PART_WAY);
            int forgotten = cluster.forgetQueue();
            long publishedThen = cluster.published();
            timings.mark("queue's " + forgotten + " keys deleted at " + publishedThen + " published");
            assertThat(publishedThen).as("published when the queue was emptied").isLessThan(TARGETS - 1_000);
            cluster.await("all published", ALL_PUBLISHED, () -> cluster.published() == TARGETS);
            timings.mark("all published");

            CallRecords calls = cluster.calls(pids(nodes));
            int resent = assertEveryTargetPublishedOnce(cluster, calls);
            timings.report(calls, "targets re-sent: " + resent);
        }
    }

    @Test
    void nodesKeepServingWhileRedisIsUnreachableAndPublishingResumesByItself() throws Exception {
        try (FaultCluster cluster = new FaultCluster(folder); HangingProxy redis = HangingProxy.to(
                FaultCluster.REDIS_HOST, FaultCluster.REDIS_PORT)) {
            Timings timings = new Timings("Redis unreachable 20 s");
            cluster.seed(TARGETS);
            timings.mark("seeded");
            List<FaultNode> nodes = cluster.start(twoNodes(cluster, redis.port()));
            timings.mark("nodes up");
            cluster.await(PART_WAY + " published", ALL_PUBLISHED, () -> cluster.published() >= PART_WAY);
            String reader = cluster.apiToken();
            redis.hang();
            long publishedAtCut = cluster.published();
            timings.mark("Redis cut at " + publishedAtCut + " published");

            List<String> answers = new ArrayList<>();
            long outageEnds = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < outageEnds) {
                for (FaultNode node : nodes) {
                    answers.add(node.name() + " /api/posts " + status(node, "/api/posts", reader));
                    answers.add(node.name() + " /actuator/health " + status(node, "/actuator/health", null));
                }
                FaultNode.pause(Duration.ofSeconds(4));
            }
            long publishedAtEnd = cluster.published();
            redis.restore();
            timings.mark("Redis back at " + publishedAtEnd + " published");
            assertThat(answers).as("what the nodes answered while Redis was away").isNotEmpty()
                    .allSatisfy(answer -> assertThat(answer).matches(".*/api/posts 200|.*/actuator/health (200|503)"));
            assertThat(publishedAtEnd - publishedAtCut)
                    .as("published while Redis was away: at most the publications already in flight")
                    .isLessThanOrEqualTo(2 * MAX_IN_FLIGHT);
            cluster.await("all published", ALL_PUBLISHED, () -> cluster.published() == TARGETS);
            timings.mark("all published");

            CallRecords calls = cluster.calls(pids(nodes));
            int resent = assertEveryTargetPublishedOnce(cluster, calls);
            timings.report(calls, "targets re-sent: " + resent + "; answers during the outage: " + answers.stream()
                    .collect(Collectors.groupingBy(answer -> answer.substring(answer.indexOf(' ') + 1),
                            LinkedHashMap::new, Collectors.counting())));
        }
    }

    private static String status(FaultNode node, String path, String token) {
        try {
            return String.valueOf(node.get(path, Duration.ofSeconds(8), token));
        } catch (IOException e) {
            return "no answer in 8 s (" + e + ")";
        }
    }

    private static Map<String, Map<String, String>> twoNodes(FaultCluster cluster, int redisPort) {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        nodes.put("node-a", cluster.nodeSettings(redisPort));
        nodes.put("node-b", cluster.nodeSettings(redisPort));
        return nodes;
    }

    private static Map<Long, String> pids(List<FaultNode> nodes) {
        Map<Long, String> pids = new HashMap<>();
        nodes.forEach(node -> pids.put(node.pid(), node.name()));
        return pids;
    }

    /**
     * Every seeded target is PUBLISHED and none twice: the channel got at least one call for each that succeeded,
     * and every call for a target carried that target's own idempotency key, so a channel that honours keys (as
     * this one stands for) published each once. A target may be called again only as a re-send its history owns
     * to ("re-sending with the same idempotency key": a lease that ran out while PUBLISHING, or an answer that
     * never came); a second call without one — two nodes sending the same target side by side — fails.
     *
     * @return how many targets were re-sent
     */
    private static int assertEveryTargetPublishedOnce(FaultCluster cluster, CallRecords calls) {
        assertThat(cluster.published()).as("targets PUBLISHED").isEqualTo(TARGETS);
        Map<Long, List<Call>> byTarget = calls.byTarget();
        assertThat(byTarget.keySet()).as("targets the channel got a call for").isEqualTo(cluster.keys().keySet());
        List<String> wrong = new ArrayList<>();
        int[] resent = {0};
        byTarget.forEach((target, its) -> {
            String key = cluster.keys().get(target);
            if (its.stream().anyMatch(call -> !call.key().equals(key))) {
                wrong.add("target " + target + " called with another key than its own " + key + ": " + its);
            }
            long begun = its.stream().filter(call -> call.phase() == Phase.BEGIN).count();
            long succeeded = its.stream().filter(call -> call.phase() == Phase.OK).count();
            if (succeeded == 0) {
                wrong.add("target " + target + " PUBLISHED without a call that succeeded: " + its);
            }
            if (begun > 1) {
                resent[0]++;
                List<String> history = cluster.history(target);
                long resends = history.stream().filter(line -> line.contains(RESEND)).count();
                if (begun - 1 > resends) {
                    wrong.add("target " + target + " called " + begun + " times with " + resends + " re-sends: " + its
                            + "; history: " + history);
                }
            }
        });
        assertThat(wrong).as("targets not published exactly once with their own key").isEmpty();
        return resent[0];
    }

    /** Wall times of a scenario's steps, printed for the record. */
    private static final class Timings {

        private final String scenario;
        private final long start = System.nanoTime();
        private final List<String> marks = new ArrayList<>();

        Timings(String scenario) {
            this.scenario = scenario;
        }

        void mark(String what) {
            marks.add(String.format("%s %.1f s", what, (System.nanoTime() - start) / 1e9));
            System.out.println("FAULTS [" + scenario + "] " + marks.getLast());
        }

        void report(CallRecords calls, String... more) {
            System.out.println("FAULTS [" + scenario + "] " + String.join(", ", marks) + "; calls begun "
                    + calls.count(Phase.BEGIN) + ", succeeded " + calls.count(Phase.OK)
                    + (more.length == 0 ? "" : "; " + String.join("; ", more)));
        }
    }
}
