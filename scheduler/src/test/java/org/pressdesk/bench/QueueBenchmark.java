package org.pressdesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.pressdesk.dispatch.DispatchProperties;
import org.pressdesk.post.Post;
import org.pressdesk.queue.JdbcPublishQueue;
import org.pressdesk.queue.PublishQueue;
import org.pressdesk.queue.redis.RedisPublishQueue;
import org.pressdesk.support.TestDatabase;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * bench/queue: Pressdesk's queue backends measured against db-scheduler and BullMQ in one run on this machine,
 * each figure a ratio of two measurements made here and now. See the README's "Queue benchmark" section.
 *
 * <pre>
 * QueueBenchmark [--targets N] [--lag-rate R] [--lag-seconds S] [--lag-poll DURATION] [--only h2,postgres,redis,lag]
 *                [--bullmq DIR] [--db-scheduler-threads T]
 * </pre>
 */
public final class QueueBenchmark {

    private static final int POOL = 10;

    private final Map<String, String> args;
    private final int targets;

    private QueueBenchmark(Map<String, String> args) {
        this.args = args;
        this.targets = Integer.parseInt(args.getOrDefault("targets", "100000"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + argv[i]);
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        new QueueBenchmark(args).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Set<String> parts = new HashSet<>(List.of(args.getOrDefault("only", "h2,postgres,redis,lag").split(",")));
        System.out.printf("Queue benchmark on %d cores, load average %s, %,d targets per throughput run%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), targets);
        if (parts.contains("h2") || parts.contains("postgres")) {
            warmUp();
            System.out.println("JDBC backend vs db-scheduler 16.7.1 (one-time no-op tasks, lock-and-fetch), targets due now,"
                    + " pool of " + POOL + " connections each");
        }
        // H2 last: it is the slowest at full size, and the figures print as they come.
        if (parts.contains("postgres")) {
            jdbcVersusDbScheduler("PostgreSQL", TestDatabase::postgres, false);
        }
        if (parts.contains("redis")) {
            redisVersusBullMq();
        }
        if (parts.contains("lag")) {
            lag();
        }
        if (parts.contains("h2")) {
            jdbcVersusDbScheduler("H2", TestDatabase::h2, true);
        }
    }

    /** A short run of each contender first, so neither pays for the JIT and class loading alone. */
    private void warmUp() throws Exception {
        int few = Math.min(2_000, targets);
        try (TestDatabase database = TestDatabase.h2()) {
            DbSchedulerRun.run(database.dataSource(), true, h2LockAndFetch(), few, dbSchedulerThreads(), Duration.ofSeconds(1));
        }
        try (TestDatabase database = TestDatabase.h2()) {
            pressdesk(database.dataSource(), List.of(jdbcQueue(database.dataSource())), few);
        }
    }

    private void jdbcVersusDbScheduler(String name, java.util.function.Supplier<TestDatabase> databases, boolean h2)
            throws Exception {
        double dbScheduler;
        try (TestDatabase database = databases.get()) {
            dbScheduler = targets / DbSchedulerRun.run(database.dataSource(), h2, !h2 || h2LockAndFetch(), targets, dbSchedulerThreads(),
                    Duration.ofSeconds(1));
        }
        double pressdesk;
        try (TestDatabase database = databases.get()) {
            pressdesk = pressdesk(database.dataSource(), List.of(jdbcQueue(database.dataSource())), targets);
        }
        System.out.printf(Locale.ROOT, "  %-10s Pressdesk %,8.0f targets/s   db-scheduler (%d threads) %,8.0f tasks/s"
                        + "   ratio %.2f (target >= 1.0: %s)%n", name, pressdesk, dbSchedulerThreads(), dbScheduler,
                pressdesk / dbScheduler, pressdesk >= dbScheduler ? "met" : "missed");
        if (h2 && !h2LockAndFetch()) {
            System.out.println("             (db-scheduler on H2 polls with its fetch-and-lock-on-execute: it has no H2 lock-and-fetch;"
                    + " --h2-lock-and-fetch true tries the generic one, which slows with the backlog)");
        }
    }

    private void redisVersusBullMq() throws Exception {
        System.out.println("Redis backend vs BullMQ (no-op worker, concurrency 50), " + String.format("%,d", targets)
                + " due now; Pressdesk also records every outcome in PostgreSQL");
        double bullMq = bullMq();
        System.out.printf(Locale.ROOT, "  %-20s %,8.0f jobs/s%n", "BullMQ", bullMq);
        for (int nodes = 1; nodes <= 2; nodes++) {
            double pressdesk;
            try (TestDatabase database = TestDatabase.postgres(); BenchRedis redis = new BenchRedis(nodes)) {
                pressdesk = pressdesk(database.dataSource(), redis.queues(), targets);
            }
            System.out.printf(Locale.ROOT, "  %-20s %,8.0f targets/s   ratio %.2f%s%n",
                    nodes == 1 ? "Pressdesk, 1 node" : "Pressdesk, 2 nodes*", pressdesk, pressdesk / bullMq,
                    nodes == 1 ? " (target >= 1.0: " + (pressdesk >= bullMq ? "met" : "missed") + ")" : "");
        }
        System.out.println("  * two dispatchers in one JVM, each with its own connection pool and Redis connection");
    }

    /**
     * Publishes {@code count} approved targets due now with one node per queue (each node its own connection pool,
     * as separate processes would have) and returns targets per second, from the dispatchers' start until every
     * outcome is recorded.
     */
    private double pressdesk(DataSource original, List<PublishQueue> queues, int count) throws Exception {
        DataSource dataSource = StatementCount.counted(original);
        DispatchProperties properties = dispatchProperties("bench-node-1", Duration.ofSeconds(1));
        List<BenchNode> nodes = new ArrayList<>();
        List<HikariDataSource> ownPools = new ArrayList<>();
        try {
            nodes.add(new BenchNode("bench-node-1", dataSource, queues.getFirst(), properties));
            List<Long> ids = due(dataSource, nodes.getFirst(), queues.getFirst(), count, Instant.now(), i -> null);
            for (int n = 1; n < queues.size(); n++) {
                HikariDataSource pool = samePlace(original);
                ownPools.add(pool);
                String nodeId = "bench-node-" + (n + 1);
                nodes.add(new BenchNode(nodeId, StatementCount.counted(pool), queues.get(n), dispatchProperties(nodeId, Duration.ofSeconds(1))));
            }
            StatementCount.reset();
            long started = System.nanoTime();
            nodes.forEach(BenchNode::startDispatching);
            while (nodes.stream().mapToLong(BenchNode::published).sum() < count) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            nodes.forEach(BenchNode::close);
            if (count == targets) {
                System.out.printf(Locale.ROOT, "  (Pressdesk's SQL per published target: %.2f statements, %.2f commits)%n",
                        StatementCount.STATEMENTS.doubleValue() / count, StatementCount.COMMITS.doubleValue() / count);
            }
            checkEachPublishedOnce(dataSource, ids.size(), nodes);
            return count / seconds;
        } finally {
            nodes.forEach(BenchNode::close);
            ownPools.forEach(HikariDataSource::close);
        }
    }

    /**
     * One approved post through the workflow, copied in bulk to {@code count} targets; queues them where the
     * backend is outside the database (the JDBC queue's rows were copied with the targets).
     *
     * @param dueTimes the due time of the i-th target, or null for {@code dueAt} for all
     */
    private static List<Long> due(DataSource dataSource, BenchNode node, PublishQueue queue, int count, Instant dueAt,
                                  Function<Integer, Instant> dueTimes) throws Exception {
        Post template = node.approvedPost(dueAt);
        List<Long> ids = DueTargets.copy(dataSource, template.id(), count - 1);
        if (dueTimes.apply(0) != null) {
            List<Instant> times = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                times.add(dueTimes.apply(i));
            }
            DueTargets.dueAt(dataSource, ids, times);
        }
        if (!queue.joinsDatabaseTransaction()) {
            int threads = 16;
            try (ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    writers.submit(() -> {
                        for (int i = first; i < ids.size(); i += threads) {
                            Instant at = dueTimes.apply(i);
                            queue.schedule(ids.get(i), BenchNode.CHANNEL, PublishQueue.Purpose.PUBLISH,
                                    at == null ? dueAt : at);
                        }
                    });
                }
            }
        }
        return ids;
    }

    private static void checkEachPublishedOnce(DataSource dataSource, int count, List<BenchNode> nodes) {
        long published = JdbcClient.create(dataSource)
                .sql("SELECT COUNT(*) FROM publish_target WHERE state = 'PUBLISHED'").query(Long.class).single();
        long calls = nodes.stream().mapToLong(BenchNode::published).sum();
        if (published != count || calls != count) {
            throw new IllegalStateException("expected " + count + " targets published once each; the database has "
                    + published + " PUBLISHED and the nodes recorded " + calls + " publications");
        }
    }

    /**
     * Due-to-publish lag on the Redis backend: targets due one after another at a steady rate, the lag of each
     * the time its channel published it less its due time, both as recorded in PostgreSQL.
     */
    private void lag() throws Exception {
        int rate = Integer.parseInt(args.getOrDefault("lag-rate", "1000"));
        int seconds = Integer.parseInt(args.getOrDefault("lag-seconds", "60"));
        Duration poll = Duration.parse("PT" + args.getOrDefault("lag-poll", "0.01s").toUpperCase(Locale.ROOT));
        int count = rate * seconds;
        try (TestDatabase database = TestDatabase.postgres(); BenchRedis redis = new BenchRedis(1)) {
            DataSource dataSource = database.dataSource();
            PublishQueue queue = redis.queues().getFirst();
            try (BenchNode node = new BenchNode("bench-node-1", dataSource, queue,
                    dispatchProperties("bench-node-1", poll))) {
                node.startDispatching();
                // Time to write the targets and queue them before the first is due (measured: ~8,000/s here).
                Instant first = Instant.now().plusSeconds(5 + count / 4_000);
                long stepNanos = 1_000_000_000L / rate;
                due(dataSource, node, queue, count, first.plusSeconds(3600), i -> first.plusNanos(i * stepNanos));
                Instant ready = Instant.now();
                if (ready.isAfter(first)) {
                    System.out.printf("  (warning: the targets were queued %d ms after the first was due)%n",
                            Duration.between(first, ready).toMillis());
                }
                Instant deadline = first.plusSeconds(seconds + 120);
                while (node.published() < count && Instant.now().isBefore(deadline)) {
                    Thread.sleep(20);
                }
            }
            List<Double> lags = JdbcClient.create(dataSource).sql("""
                            SELECT EXTRACT(EPOCH FROM (published_at - scheduled_at)) * 1000 FROM publish_target
                             WHERE state = 'PUBLISHED'""")
                    .query(Double.class).list().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "Due-to-publish lag, Redis backend, %,d targets/s for %d s (poll interval %d ms),"
                            + " outcomes in PostgreSQL%n  %,d of %,d published: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (target p99 <= 50 ms: %s)%n", rate, seconds, poll.toMillis(), lags.size(), count,
                    percentile(lags, 0.50), percentile(lags, 0.99), lags.isEmpty() ? Double.NaN : lags.getLast(),
                    lags.size() == count && percentile(lags, 0.99) <= 50 ? "met" : "missed");
        }
    }

    private static double percentile(List<Double> sorted, double share) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    /** BullMQ in Node on the same Redis, under a key prefix of its own that it removes afterwards. */
    private double bullMq() throws Exception {
        Path dir = Path.of(args.getOrDefault("bullmq", "bench/bullmq"));
        String prefix = "pressdesk-bench-bullmq-" + UUID.randomUUID();
        Process node = new ProcessBuilder("node", "bench.js", String.valueOf(targets), "50", prefix, redisHost(), "6379")
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8))) {
            out = String.join("\n", reader.lines().toList());
        }
        if (node.waitFor() != 0) {
            throw new IllegalStateException("BullMQ run failed: " + out);
        }
        Matcher perSecond = Pattern.compile("\"perSecond\":([0-9.eE+-]+)").matcher(out);
        if (!perSecond.find()) {
            throw new IllegalStateException("BullMQ printed no figure: " + out);
        }
        return Double.parseDouble(perSecond.group(1));
    }

    /**
     * The application's dispatch defaults (poll 1 s, batch 50, 50 in flight), except that the one benchmark channel
     * may use every slot (the default keeps a channel to 10, for many channels) and the node has its own id.
     */
    private static DispatchProperties dispatchProperties(String nodeId, Duration pollInterval) {
        return new DispatchProperties(true, nodeId, pollInterval, 50, Duration.ofMinutes(2), Duration.ofSeconds(30),
                5, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2, Duration.ofMinutes(1), 5, 50, 50);
    }

    private static PublishQueue jdbcQueue(DataSource original) {
        DataSource dataSource = StatementCount.counted(original);
        return new JdbcPublishQueue(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }

    /** A second pool on the same database and schema, as another node would have. */
    private static HikariDataSource samePlace(DataSource dataSource) throws SQLException {
        HikariDataSource original = (HikariDataSource) dataSource;
        HikariConfig config = new HikariConfig();
        String schema = JdbcClient.create(dataSource).sql("SELECT current_schema()").query(String.class).single();
        String url = original.getJdbcUrl();
        config.setJdbcUrl(url.contains("currentSchema") || !url.startsWith("jdbc:postgresql")
                ? url : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(original.getUsername());
        config.setMaximumPoolSize(POOL);
        return new HikariDataSource(config);
    }

    private boolean h2LockAndFetch() {
        return Boolean.parseBoolean(args.getOrDefault("h2-lock-and-fetch", "false"));
    }

    private int dbSchedulerThreads() {
        return Integer.parseInt(args.getOrDefault("db-scheduler-threads", "10"));
    }

    private static String redisHost() {
        return System.getenv().getOrDefault("PRESSDESK_TEST_REDIS_HOST", "127.0.0.1");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Redis under a key prefix of this run's own, one connection per node; closing deletes the keys. */
    private static final class BenchRedis implements AutoCloseable {

        private final String prefix = "pressdesk-bench:{" + UUID.randomUUID() + "}:";
        private final List<LettuceConnectionFactory> connections = new ArrayList<>();
        private final List<PublishQueue> queues = new ArrayList<>();
        private final StringRedisTemplate first;

        BenchRedis(int nodes) {
            for (int n = 0; n < nodes; n++) {
                LettuceConnectionFactory factory = new LettuceConnectionFactory(
                        new RedisStandaloneConfiguration(redisHost(), 6379));
                factory.afterPropertiesSet();
                factory.start();
                connections.add(factory);
                queues.add(new RedisPublishQueue(new StringRedisTemplate(factory), prefix));
            }
            first = new StringRedisTemplate(connections.getFirst());
        }

        List<PublishQueue> queues() {
            return queues;
        }

        @Override
        public void close() {
            Set<String> keys = new HashSet<>();
            try (var found = first.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
                found.forEachRemaining(keys::add);
            }
            List<String> all = new ArrayList<>(keys);
            for (int from = 0; from < all.size(); from += 1000) {
                first.delete(all.subList(from, Math.min(all.size(), from + 1000)));
            }
            connections.forEach(LettuceConnectionFactory::destroy);
        }
    }
}
