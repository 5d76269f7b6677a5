package org.pressdesk.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.pressdesk.bench.DueTargets;
import org.pressdesk.post.Post;
import org.pressdesk.staff.ApiTokens;
import org.pressdesk.support.PressdeskRig;
import org.pressdesk.support.TestDatabase;
import org.pressdesk.system.SqlTime;
import org.pressdesk.testing.SettableClock;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What one fault scenario runs on: a schema of its own on the test PostgreSQL, a key prefix of its own on the test
 * Redis, {@value #CHANNEL} (a {@link RecordingConnector}) and nodes in JVMs of their own. Close it to kill the nodes,
 * delete the keys and drop the schema.
 */
final class FaultCluster implements AutoCloseable {

    static final String CHANNEL = "faults";
    /** How long each call on the recording channel takes (an ISO duration). */
    static final String CALL_TIME = "pressdesk.channels." + CHANNEL + ".settings.call-time";
    static final String REDIS_HOST = System.getenv().getOrDefault("PRESSDESK_TEST_REDIS_HOST", "127.0.0.1");
    static final int REDIS_PORT = 6379;

    private final Path folder;
    private final TestDatabase database = TestDatabase.postgres();
    private final String prefix = "pressdesk-faults:{" + UUID.randomUUID() + "}:";
    private final LettuceConnectionFactory redisConnections;
    private final StringRedisTemplate redis;
    private final List<FaultNode> nodes = new ArrayList<>();
    private final Map<Long, String> keys = new HashMap<>();

    FaultCluster(Path folder) {
        this.folder = folder;
        redisConnections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(REDIS_HOST, REDIS_PORT));
        redisConnections.afterPropertiesSet();
        redisConnections.start();
        redis = new StringRedisTemplate(redisConnections);
    }

    /**
     * {@code count} approved targets on {@value #CHANNEL}, due now, written to the database only: one post through
     * the workflow, the rest bulk copies of its rows (see {@link DueTargets}). Nothing is in Redis, so the nodes'
     * repair sweep at start-up is what queues them. Each target's text starts with {@code target <id>}, so a call
     * on the channel says which target it is for, whatever key it carries.
     */
    void seed(int count) throws SQLException {
        SettableClock clock = new SettableClock(Instant.now().minusSeconds(60));
        PressdeskRig rig = new PressdeskRig(database, clock,
                new RecordingConnector(CHANNEL, folder.resolve("seeding"), Duration.ZERO));
        try {
            Post template = rig.approvedPost(clock.instant(), CHANNEL);
            DueTargets.copy(database.dataSource(), template.id(), count - 1);
        } finally {
            rig.stopCallingChannels();
        }
        database.jdbc().sql("UPDATE approved_part SET text = 'target ' || target_id || chr(10) || text").update();
        database.jdbc().sql("SELECT id, idempotency_key FROM publish_target WHERE state = 'SCHEDULED'")
                .query((row, n) -> keys.put(row.getLong("id"), row.getString("idempotency_key"))).list();
        if (keys.size() != count) {
            throw new IllegalStateException("seeded " + keys.size() + " scheduled targets, wanted " + count);
        }
    }

    /**
     * A personal API token of a person allowed to read, written straight to the nodes' database (as an admin's
     * issuing it would write it: only its SHA-256 is stored), for the API calls the scenarios make.
     */
    String apiToken() {
        String token = "pd_fault-reader-" + UUID.randomUUID();
        Object now = SqlTime.param(Instant.now());
        database.jdbc().sql("""
                        INSERT INTO staff_user (username, display_name, password_hash, created_at)
                        VALUES ('fault-reader', 'fault reader', '{noop}never-used-to-sign-in', :now)""")
                .param("now", now).update();
        long user = database.jdbc().sql("SELECT id FROM staff_user WHERE username = 'fault-reader'")
                .query(Long.class).single();
        database.jdbc().sql("INSERT INTO staff_role (user_id, role) VALUES (:user, 'EDITOR')").param("user", user).update();
        database.jdbc().sql("""
                        INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at, created_by)
                        VALUES (:user, 'faults', :hash, 'pd_fault', :now, 'test')""")
                .param("user", user).param("hash", ApiTokens.hash(token)).param("now", now).update();
        return token;
    }

    /** Every seeded target's idempotency key, by target id. */
    Map<Long, String> keys() {
        return keys;
    }

    /** The settings of a node of this cluster reaching Redis at {@code redisPort} (the server or a proxy). */
    Map<String, String> nodeSettings(int redisPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "faults");
        settings.put("spring.datasource.url", TestDatabase.postgresUrl()
                + (TestDatabase.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + database.schema());
        settings.put("spring.datasource.username", TestDatabase.postgresUser());
        settings.put("spring.flyway.schemas", database.schema());
        settings.put("spring.data.redis.host", REDIS_HOST);
        settings.put("spring.data.redis.port", String.valueOf(redisPort));
        settings.put("pressdesk.queue.backend", "redis");
        settings.put("pressdesk.queue.redis.key-prefix", prefix);
        // -Dpressdesk.faults.repair-interval=1h shows the Redis scenario fail without the sweep after start-up
        settings.put("pressdesk.queue.repair-interval", System.getProperty("pressdesk.faults.repair-interval", "2s"));
        // Short enough that a killed node's leases run out within seconds; long enough, with a 10 s publish
        // timeout, for a node on a machine loaded by parallel builds. A call that times out anyway is re-sent
        // (or looked for) within seconds, not after the production back-off.
        settings.put("pressdesk.dispatch.enabled", "true");
        settings.put("pressdesk.dispatch.poll-interval", "200ms");
        settings.put("pressdesk.dispatch.lease", "12s");
        settings.put("pressdesk.dispatch.publish-timeout", "10s");
        settings.put("pressdesk.dispatch.initial-backoff", "1s");
        settings.put("pressdesk.dispatch.max-backoff", "4s");
        settings.put("pressdesk.dispatch.max-attempts", "10");
        settings.put("pressdesk.dispatch.reconcile-delay", "2s");
        settings.put("pressdesk.dispatch.max-in-flight", "20");
        settings.put("pressdesk.dispatch.max-in-flight-per-channel", "20");
        settings.put("spring.datasource.hikari.maximum-pool-size", "12");
        settings.put("pressdesk.test.recording-connector", "true");
        settings.put("pressdesk.channels." + CHANNEL + ".type", "recording");
        settings.put("pressdesk.channels." + CHANNEL + ".settings.folder", calls().toString());
        // long enough that a node always has calls under way when it is killed
        settings.put(CALL_TIME, "PT0.02S");
        settings.put("logging.level.org.pressdesk", "WARN");
        settings.put("spring.main.banner-mode", "off");
        return settings;
    }

    /** Starts the nodes side by side and waits until every one answers. */
    List<FaultNode> start(Map<String, Map<String, String>> settingsByName) {
        List<FaultNode> started = new ArrayList<>();
        settingsByName.forEach((name, settings) -> started.add(FaultNode.start(name, folder, settings)));
        nodes.addAll(started);
        for (FaultNode node : started) {
            node.awaitUp(Duration.ofSeconds(180));
        }
        return started;
    }

    long published() {
        return database.jdbc().sql("SELECT COUNT(*) FROM publish_target WHERE state = 'PUBLISHED'")
                .query(Long.class).single();
    }

    /** A target's history (actor, move, reason), for a failure message. */
    List<String> history(long targetId) {
        return database.jdbc().sql("SELECT occurred_at, actor, from_state, to_state, reason FROM target_transition"
                        + " WHERE target_id = :id ORDER BY id").param("id", targetId)
                .query((row, n) -> row.getString("occurred_at") + " " + row.getString("actor") + " "
                        + row.getString("from_state") + "->" + row.getString("to_state") + ": " + row.getString("reason"))
                .list();
    }

    /** Target counts by state, for a failure message. */
    Map<String, Long> states() {
        Map<String, Long> states = new LinkedHashMap<>();
        database.jdbc().sql("SELECT state, COUNT(*) AS n FROM publish_target GROUP BY state ORDER BY state")
                .query((row, n) -> states.put(row.getString("state"), row.getLong("n"))).list();
        return states;
    }

    /**
     * Waits until {@code condition} holds, checking every 200 ms; fails after {@code timeout} with the targets'
     * states and the nodes' output.
     */
    void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                StringBuilder message = new StringBuilder("not " + what + " within " + timeout + "; targets: "
                        + states() + "; files kept in " + folder);
                for (FaultNode node : nodes) {
                    message.append("\n--- ").append(node.name()).append(node.isAlive() ? "" : " (dead)").append(":\n")
                            .append(node.tail());
                }
                throw new AssertionError(message);
            }
            FaultNode.pause(Duration.ofMillis(200));
        }
    }

    /**
     * Deletes every key of this cluster's queue: what a Redis restarted without persistence (or FLUSHALL) leaves
     * the nodes, without flushing a server other tests share.
     *
     * @return how many keys there were
     */
    int forgetQueue() {
        Set<String> found = new HashSet<>();
        try (var scan = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            scan.forEachRemaining(found::add);
        }
        if (!found.isEmpty()) {
            redis.delete(found);
        }
        return found.size();
    }

    /** Every call the channel got from any node, in the order each node made them. */
    CallRecords calls(Map<Long, String> nodeByPid) {
        List<CallRecords.Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(calls())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("calls-")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String[] fields = lines.get(i).split("\t");
                    if (fields.length < 4 && i == lines.size() - 1) {
                        break; // a line the node is still writing, read while the scenario runs
                    }
                    long pid = Long.parseLong(fields[1]);
                    calls.add(new CallRecords.Call(CallRecords.Phase.valueOf(fields[0]),
                            nodeByPid.getOrDefault(pid, "pid " + pid),
                            Long.parseLong(fields[2].substring("target ".length())), fields[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CallRecords(calls);
    }

    private Path calls() {
        return folder.resolve("calls");
    }

    @Override
    public void close() {
        nodes.forEach(FaultNode::close);
        try {
            forgetQueue();
        } finally {
            redisConnections.destroy();
            database.close();
        }
    }
}
