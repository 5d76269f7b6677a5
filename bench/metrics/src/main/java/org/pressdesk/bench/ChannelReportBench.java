package org.pressdesk.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.pressdesk.content.ContentKind;
import org.pressdesk.metrics.report.ChannelAccountReport;
import org.pressdesk.metrics.report.ChannelReport;
import org.pressdesk.metrics.report.ChannelReports;
import org.pressdesk.metrics.report.ReportPeriod;
import org.pressdesk.metrics.report.ReportedChannel;
import org.pressdesk.metrics.rollup.DailyRollup;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly channel report over a year of records: 20 channel accounts, publication records spread over 2011
 * (published, failed, unknown, some superseded), a follower snapshot per account and day, engagement for every
 * published post. Loads 100,000 records, times the report, loads up to 1,000,000, times it again; on H2 (a file
 * database, as the embedded default) and on PostgreSQL. Each time is the median of several runs after warming up.
 *
 * <p>Arguments: {@code migrations=<folder with common/ and postgresql/>} (required), {@code sizes=100000,1000000},
 * {@code databases=h2,postgresql}, {@code runs=5}, {@code keep-h2=<empty folder>} (keeps the H2 database there). PostgreSQL: {@code PRESSDESK_BENCH_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}) and {@code _USER} (postgres); it works in a schema of its own and
 * drops it.
 */
public final class ChannelReportBench {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final int ACCOUNTS = 20;
    static final int YEAR = 2011;
    static final double TARGET_SECONDS = 1.0;

    private final Path migrations;
    private final int runs;

    private ChannelReportBench(Path migrations, int runs) {
        this.migrations = migrations;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Path migrations = null;
        List<Integer> sizes = List.of(100_000, 1_000_000);
        List<String> databases = List.of("h2", "postgresql");
        int runs = 5;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            switch (pair[0]) {
                case "migrations" -> migrations = Path.of(pair[1]);
                case "sizes" -> sizes = Arrays.stream(pair[1].split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "databases" -> databases = List.of(pair[1].split(","));
                case "runs" -> runs = Integer.parseInt(pair[1]);
                case "keep-h2" -> System.setProperty("pressdesk.bench.keep-h2", pair[1]);
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        if (migrations == null || !Files.isDirectory(migrations.resolve("common"))) {
            throw new IllegalArgumentException("migrations=<scheduler/src/main/resources/db/migration> is required");
        }
        ChannelReportBench bench = new ChannelReportBench(migrations, runs);
        List<String> lines = new ArrayList<>();
        for (String database : databases) {
            lines.addAll(bench.run(database.trim(), sizes));
        }
        System.out.println();
        System.out.println("Yearly channel report (" + ACCOUNTS + " accounts, year " + YEAR + ", median of " + runs
                + " runs; target <= " + TARGET_SECONDS + " s)");
        lines.forEach(System.out::println);
    }

    private List<String> run(String database, List<Integer> sizes) throws Exception {
        try (BenchDatabase db = BenchDatabase.open(database, migrations)) {
            JdbcClient jdbc = JdbcClient.create(db.dataSource());
            ChannelReports reports = new ChannelReports(jdbc, ChannelReportBench::accounts, OFFICE,
                    Clock.systemUTC());
            Generator generator = new Generator(db.dataSource());
            generator.snapshots();
            List<String> lines = new ArrayList<>();
            double previous = 0;
            int previousSize = 0;
            for (int size : sizes) {
                long loadStart = System.nanoTime();
                generator.recordsUpTo(size);
                double load = (System.nanoTime() - loadStart) / 1e9;
                long rollupStart = System.nanoTime();
                rollUpFromScratch(jdbc, db);
                db.analyse();
                double rollup = (System.nanoTime() - rollupStart) / 1e9;
                double seconds = median(reports);
                ChannelReport report = reports.report(ReportPeriod.year(YEAR));
                long published = report.channels().stream().mapToLong(ChannelAccountReport::published).sum();
                String growth = previousSize == 0 ? ""
                        : String.format(Locale.ROOT, "; x%.1f records -> x%.2f time", (double) size / previousSize,
                        seconds / previous);
                lines.add(String.format(Locale.ROOT,
                        "  %-10s %,10d records (%,d published): %.3f s %s (loaded in %.0f s, rolled up in %.1f s)%s",
                        database, size, published, seconds, seconds <= TARGET_SECONDS ? "OK" : "OVER TARGET", load,
                        rollup, growth));
                System.out.println(lines.getLast());
                previous = seconds;
                previousSize = size;
            }
            return lines;
        }
    }

    /**
     * The records were written straight into the tables, around the application, so the rollups are built anew
     * (as after a restore): the whole year is settled by February.
     */
    private static void rollUpFromScratch(JdbcClient jdbc, BenchDatabase db) {
        for (String table : List.of("publication_daily", "publication_daily_lag", "engagement_daily",
                "metrics_rollup_dirty")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("UPDATE metrics_rollup_state SET rolled_through = NULL").update();
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
        DailyRollup.Result result = new DailyRollup(jdbc, transactions).rollUp(LocalDate.of(YEAR + 1, 2, 1));
        if (result.mismatches() > 0) {
            throw new IllegalStateException("the rollups disagree with the records on " + result.mismatches() + " days");
        }
    }

    private double median(ChannelReports reports) {
        for (int warm = 0; warm < 2; warm++) {
            reports.report(ReportPeriod.year(YEAR));
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            reports.report(ReportPeriod.year(YEAR));
            times[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    static String account(int index) {
        return String.format(Locale.ROOT, "account-%02d", index + 1);
    }

    static String type(int index) {
        return switch (index % 5) {
            case 0 -> "weibo";
            case 1 -> "x";
            case 2 -> "mastodon";
            case 3 -> "outbox";
            default -> index == 4 ? "radio-script" : "weibo";
        };
    }

    static List<ReportedChannel> accounts() {
        List<ReportedChannel> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(new ReportedChannel(account(i), type(i), "帳號 " + (i + 1)));
        }
        return accounts;
    }

    /** The benchmark's database: a fresh H2 file or a PostgreSQL schema of its own, migrated as the application is. */
    record BenchDatabase(HikariDataSource dataSource, String vendor, Runnable drop) implements AutoCloseable {

        static BenchDatabase open(String vendor, Path migrations) throws Exception {
            HikariConfig config = new HikariConfig();
            config.setMaximumPoolSize(4);
            Runnable drop;
            String schema = null;
            switch (vendor) {
                case "h2" -> {
                    String kept = System.getProperty("pressdesk.bench.keep-h2");
                    Path folder = kept != null ? Path.of(kept) : Files.createTempDirectory("pressdesk-bench-h2-");
                    config.setJdbcUrl("jdbc:h2:file:" + folder.toAbsolutePath().resolve("bench") + ";CACHE_SIZE=262144;QUERY_CACHE_SIZE=0");
                    config.setUsername("sa");
                    drop = kept != null ? () -> { } : () -> deleteQuietly(folder);
                }
                case "postgresql" -> {
                    schema = "pd_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                    String url = System.getenv().getOrDefault("PRESSDESK_BENCH_POSTGRES_URL",
                            "jdbc:postgresql://127.0.0.1:5432/test");
                    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                            + "&reWriteBatchedInserts=true");
                    config.setUsername(System.getenv().getOrDefault("PRESSDESK_BENCH_POSTGRES_USER", "postgres"));
                    drop = null;
                }
                default -> throw new IllegalArgumentException("unknown database " + vendor + " (h2, postgresql)");
            }
            HikariDataSource dataSource = new HikariDataSource(config);
            var flyway = Flyway.configure().dataSource(dataSource).locations(
                    "filesystem:" + migrations.resolve("common"), "filesystem:" + migrations.resolve(vendor));
            if (schema != null) {
                flyway.schemas(schema);
                String dropped = schema;
                drop = () -> JdbcClient.create(dataSource).sql("DROP SCHEMA " + dropped + " CASCADE").update();
            }
            flyway.load().migrate();
            return new BenchDatabase(dataSource, vendor, drop);
        }

        void analyse() throws SQLException {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("postgresql".equals(vendor) ? "VACUUM ANALYZE" : "ANALYZE");
            }
        }

        @Override
        public void close() {
            try {
                drop.run();
            } finally {
                dataSource.close();
            }
        }

        private static void deleteQuietly(Path folder) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary folder; the system cleans it up
            }
        }
    }

    /** Writes the records as the application would have: a row per outcome, engagement per published post. */
    static final class Generator {

        private static final ContentKind[] KINDS = ContentKind.values();
        private static final int[] KIND_WEIGHTS = {60, 10, 2, 2, 1, 15, 5, 3, 2};
        private static final Instant YEAR_START = LocalDate.of(YEAR, 1, 1).atStartOfDay(OFFICE).toInstant();
        private static final long YEAR_SECONDS = Duration.ofDays(365).toSeconds();

        private final javax.sql.DataSource dataSource;
        private final SplittableRandom random = new SplittableRandom(2011);
        private long written;

        Generator(javax.sql.DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /** A follower snapshot per account and day of the year, growing. */
        void snapshots() throws SQLException {
            try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO follower_snapshot (channel_id, snapshot_date, followers, read_at, trigger_source)"
                            + " VALUES (?, ?, ?, ?, 'SCHEDULE')")) {
                connection.setAutoCommit(false);
                for (int account = 0; account < ACCOUNTS; account++) {
                    if (type(account).equals("radio-script")) {
                        continue;
                    }
                    long followers = 1_000L * (account + 1);
                    for (LocalDate day = LocalDate.of(YEAR, 1, 1); day.getYear() == YEAR; day = day.plusDays(1)) {
                        followers += random.nextInt(4_000);
                        insert.setString(1, account(account));
                        insert.setObject(2, day);
                        insert.setLong(3, followers);
                        insert.setObject(4, day.atTime(0, 30).atZone(OFFICE).toOffsetDateTime());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
            }
        }

        /** Publication records (and engagement for the published ones) until {@code total} are stored. */
        void recordsUpTo(long total) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement record = connection.prepareStatement("""
                         INSERT INTO publication_record (target_id, post_id, channel_id, channel_type, kind, language,
                             title, outcome, due_at, published_at, occurred_at, office_date, lag_ms, attempts, remote_id,
                             remote_url, latest)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement engagement = connection.prepareStatement("""
                         INSERT INTO engagement_latest (target_id, channel_id, office_date, read_point, read_at, likes,
                             reposts, replies, impressions, score)
                         VALUES (?, ?, ?, 'D7', ?, ?, ?, ?, ?, ?)""")) {
                connection.setAutoCommit(false);
                int batch = 0;
                while (written < total) {
                    long target = ++written;
                    int account = random.nextInt(ACCOUNTS);
                    Instant due = YEAR_START.plusSeconds(random.nextLong(YEAR_SECONDS));
                    long lagMs = (long) (-Math.log(1 - random.nextDouble()) * 20_000);
                    int roll = random.nextInt(100);
                    String outcome = roll < 95 ? "PUBLISHED" : roll < 98 ? "FAILED" : "OUTCOME_UNKNOWN";
                    boolean superseded = roll < 2;
                    Instant at = due.plusMillis(lagMs);
                    if (superseded && written < total) {
                        // an earlier unknown outcome of the same target, settled by the row that follows
                        add(record, target, account, "OUTCOME_UNKNOWN", due, at, null, false);
                        written++;
                    }
                    add(record, target, account, outcome, due, at, outcome.equals("PUBLISHED") ? lagMs : null, true);
                    if (outcome.equals("PUBLISHED")) {
                        engagement.setLong(1, target);
                        engagement.setString(2, account(account));
                        engagement.setObject(3, at.atZone(OFFICE).toLocalDate());
                        engagement.setObject(4, at.plus(Duration.ofDays(7)).atOffset(ZoneOffset.UTC));
                        long likes = random.nextInt(500);
                        long reposts = random.nextInt(80);
                        long replies = random.nextInt(40);
                        engagement.setLong(5, likes);
                        engagement.setLong(6, reposts);
                        engagement.setLong(7, replies);
                        engagement.setLong(9, likes + reposts + replies);
                        if (type(account).equals("x")) {
                            engagement.setLong(8, random.nextInt(20_000));
                        } else {
                            engagement.setNull(8, java.sql.Types.BIGINT);
                        }
                        engagement.addBatch();
                    }
                    if (++batch == 5_000) {
                        record.executeBatch();
                        engagement.executeBatch();
                        connection.commit();
                        batch = 0;
                    }
                }
                record.executeBatch();
                engagement.executeBatch();
                connection.commit();
            }
        }

        private void add(PreparedStatement record, long target, int account, String outcome, Instant due, Instant at,
                         Long lagMs, boolean latest) throws SQLException {
            boolean published = outcome.equals("PUBLISHED");
            record.setLong(1, target);
            record.setLong(2, target);
            record.setString(3, account(account));
            record.setString(4, type(account));
            record.setString(5, kind().name());
            record.setString(6, "zh-Hans");
            record.setString(7, "外交部发言人答记者问 " + target);
            record.setString(8, outcome);
            record.setObject(9, due.atOffset(ZoneOffset.UTC));
            record.setObject(10, published ? at.atOffset(ZoneOffset.UTC) : null);
            record.setObject(11, at.atOffset(ZoneOffset.UTC));
            record.setObject(12, at.atZone(OFFICE).toLocalDate());
            if (lagMs == null) {
                record.setNull(13, java.sql.Types.BIGINT);
            } else {
                record.setLong(13, lagMs);
            }
            record.setInt(14, 1 + (random.nextInt(10) == 0 ? 1 : 0));
            record.setString(15, published ? "r" + target : null);
            record.setString(16, published ? "https://example.com/" + target : null);
            record.setBoolean(17, latest);
            record.addBatch();
        }

        private ContentKind kind() {
            int roll = random.nextInt(100);
            for (int i = 0; i < KINDS.length; i++) {
                roll -= KIND_WEIGHTS[i];
                if (roll < 0) {
                    return KINDS[i];
                }
            }
            return KINDS[0];
        }
    }
}
