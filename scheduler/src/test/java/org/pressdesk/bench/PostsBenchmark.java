package org.pressdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * bench/posts/run: GET /api/posts with the usual filters over a million posts in PostgreSQL, p50/p95/p99 per
 * filter against the 95th-percentile target of 100 ms. See the README's "Post listing benchmark" section.
 *
 * <pre>
 * PostsBenchmark --jar scheduler/target/pressdesk.jar --seed bench/posts/seed.sql --requests bench/posts/requests.tsv
 *                [--posts 1000000] [--warm-up 30] [--times 200] [--port 18089]
 *                [--database jdbc:postgresql://127.0.0.1:5432/pressdesk_bench_posts] [--user postgres]
 * </pre>
 */
public final class PostsBenchmark {

    private static final double TARGET_P95_MS = 100;
    private static final String SEED_MARK = "bench/posts seed v1, posts: ";

    private final Map<String, String> args;
    private final int posts;
    private final String database;
    private final String user;

    private PostsBenchmark(Map<String, String> args) {
        this.args = args;
        this.posts = Integer.parseInt(args.getOrDefault("posts", "1000000"));
        this.database = args.getOrDefault("database", "jdbc:postgresql://127.0.0.1:5432/pressdesk_bench_posts");
        this.user = args.getOrDefault("user", "postgres");
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + argv[i]);
            }
            args.put(argv[i].substring(2), argv[++i]);
        }
        new PostsBenchmark(args).run();
    }

    private void run() throws Exception {
        createDatabaseIfMissing();
        Flyway.configure().dataSource(database, user, "")
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load().migrate();
        seedUnlessSeeded();
        String token = benchReader();
        List<TimedRequest> requests = TimedRequest.read(Path.of(args.get("requests")));
        int port = Integer.parseInt(args.getOrDefault("port", "18089"));
        try (RunningApp app = RunningApp.start(Path.of(args.get("jar")), port, database, user)) {
            BenchHttp http = new BenchHttp("http://127.0.0.1:" + port,
                    BenchHttp.authorizationFromEnvironment().or(() -> Optional.of("Bearer " + token)));
            http.signIn(BENCH_READER, BENCH_PASSWORD);
            time(http, requests, Integer.parseInt(args.getOrDefault("warm-up", "30")),
                    Integer.parseInt(args.getOrDefault("times", "200")));
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        Matcher url = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(database);
        if (!url.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + database);
        }
        String name = url.group(2);
        try (Connection admin = DriverManager.getConnection(url.group(1) + "postgres" + url.group(3), user, "");
             Statement statement = admin.createStatement();
             ResultSet found = statement.executeQuery(
                     "SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "''") + "'")) {
            if (!found.next()) {
                System.out.println("Creating database " + name);
                statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
    }

    private static final String BENCH_READER = "bench-reader";
    private static final String BENCH_PASSWORD = "bench-reader-password";

    /**
     * The person the timed requests are made as, an editor: written straight to the database with a personal API
     * token for the API (only its SHA-256 stored, as issuing one stores it) and a password for the pages' sign-in.
     * Returns the token.
     */
    private String benchReader() throws SQLException {
        String token = "pd_bench-" + java.util.UUID.randomUUID();
        String hash = org.pressdesk.staff.ApiTokens.hash(token);
        try (Connection db = DriverManager.getConnection(database, user, "")) {
            try (var delete = db.prepareStatement("DELETE FROM staff_user WHERE username = ?")) {
                delete.setString(1, BENCH_READER);
                delete.executeUpdate();
            }
            long id;
            try (var insert = db.prepareStatement("""
                    INSERT INTO staff_user (username, display_name, password_hash, created_at)
                    VALUES (?, ?, ?, now())""", new String[] {"id"})) {
                insert.setString(1, BENCH_READER);
                insert.setString(2, BENCH_READER);
                insert.setString(3, "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder()
                        .encode(BENCH_PASSWORD));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (Statement statement = db.createStatement()) {
                statement.execute("INSERT INTO staff_role (user_id, role) VALUES (" + id + ", 'EDITOR')");
                statement.execute("INSERT INTO api_token (user_id, name, token_hash, token_prefix, created_at, created_by)"
                        + " VALUES (" + id + ", 'bench', '" + hash + "', 'pd_bench', now(), 'bench')");
            }
        }
        return token;
    }

    /** Seeds once per size: the post table's comment says which seed it holds. */
    private void seedUnlessSeeded() throws IOException, SQLException {
        try (Connection db = DriverManager.getConnection(database, user, "");
             Statement statement = db.createStatement()) {
            String mark = null;
            try (ResultSet row = statement.executeQuery("SELECT obj_description('post'::regclass, 'pg_class')")) {
                if (row.next()) {
                    mark = row.getString(1);
                }
            }
            if ((SEED_MARK + posts).equals(mark)) {
                System.out.printf("Database already holds the %,d posts of an earlier seed%n", posts);
            } else {
                long started = System.nanoTime();
                System.out.printf("Seeding %,d posts…%n", posts);
                String script = Files.readString(Path.of(args.get("seed"))).replace("${posts}", Integer.toString(posts));
                for (String sql : script.split("(?m)^;\\s*$")) {
                    if (!sql.strip().isEmpty()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("COMMENT ON TABLE post IS '" + SEED_MARK + posts + "'");
                System.out.printf("Seeded in %.0f s%n", (System.nanoTime() - started) / 1e9);
            }
            statement.execute("VACUUM ANALYZE post");
            statement.execute("VACUUM ANALYZE publish_target");
            try (ResultSet row = statement.executeQuery("""
                    SELECT (SELECT COUNT(*) FROM post), (SELECT COUNT(*) FROM publish_target),
                           (SELECT COUNT(*) FROM publish_target WHERE state = 'FAILED')""")) {
                row.next();
                System.out.printf("%,d posts, %,d targets (%,d FAILED)%n", row.getLong(1), row.getLong(2),
                        row.getLong(3));
            }
        }
    }

    private static void time(BenchHttp http, List<TimedRequest> requests, int warmUp, int times)
            throws IOException, InterruptedException {
        System.out.printf("Timing %d requests in turn, %d rounds after %d of warm-up, one client; load average %s%n",
                requests.size(), times, warmUp, loadAverage());
        Map<TimedRequest, String> totals = new HashMap<>();
        for (int round = 0; round < warmUp; round++) {
            for (TimedRequest request : requests) {
                BenchHttp.Answer answer = http.get(request.path());
                if (answer.ok()) {
                    totals.put(request, answer.total());
                }
            }
        }
        Map<TimedRequest, double[]> millis = new HashMap<>();
        Map<String, Integer> failed = new HashMap<>();
        double[] all = new double[times * requests.size()];
        for (int round = 0; round < times; round++) {
            // In turn rather than one filter after another, so that a busy spell on the machine is shared by all.
            for (int i = 0; i < requests.size(); i++) {
                TimedRequest request = requests.get(i);
                BenchHttp.Answer answer = http.get(request.path());
                double ms = answer.millis();
                if (!answer.ok()) {
                    failed.merge(request.name(), 1, Integer::sum);
                    failed.merge("overall", 1, Integer::sum);
                }
                millis.computeIfAbsent(request, r -> new double[times])[round] = ms;
                all[round * requests.size() + i] = ms;
            }
        }
        System.out.printf("%-34s %10s %8s %8s %8s %8s %6s  %s%n", "request", "matching", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors", "p95 < " + (int) TARGET_P95_MS + " ms");
        for (TimedRequest request : requests) {
            print(request.name(), totals.getOrDefault(request, "-"), millis.get(request), failed.getOrDefault(request.name(), 0));
        }
        print("overall", "", all, failed.getOrDefault("overall", 0));
        System.out.println("load average after: " + loadAverage());
    }

    /** A request that failed counts with the time it took, and fails the target. */
    private static void print(String name, String matching, double[] millis, int errors) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = percentile(sorted, 95);
        System.out.printf("%-34s %10s %8.1f %8.1f %8.1f %8.1f %6d  %s%n", name, matching, percentile(sorted, 50),
                p95, percentile(sorted, 99), sorted[sorted.length - 1], errors,
                p95 < TARGET_P95_MS && errors == 0 ? "yes" : "NO");
    }

    /** Nearest rank. */
    static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** One line of requests.tsv: a name, a tab, the path and query. */
    record TimedRequest(String name, String path) {

        static List<TimedRequest> read(Path file) throws IOException {
            List<TimedRequest> requests = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t+");
                if (columns.length != 2) {
                    throw new IllegalArgumentException(file + ": expected a name, a tab and a path: " + line);
                }
                requests.add(new TimedRequest(columns[0].strip(), columns[1].strip()));
            }
            return requests;
        }
    }

    /**
     * The one HTTP client of the benchmark; every request carries the Authorization header given in
     * PRESSDESK_BENCH_AUTHORIZATION (e.g. "Bearer …"), if any.
     */
    record BenchHttp(String base, Optional<String> authorization, HttpClient client) {

        BenchHttp(String base, Optional<String> authorization) {
            this(base, authorization, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .cookieHandler(new java.net.CookieManager()).build());
        }

        /** Signs in through the sign-in form, so that the pages' requests carry a session. */
        void signIn(String username, String password) throws IOException, InterruptedException {
            String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                            + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("could not sign in as " + username + ": " + signedIn.statusCode()
                        + " " + location);
            }
        }

        static Optional<String> authorizationFromEnvironment() {
            return Optional.ofNullable(System.getenv("PRESSDESK_BENCH_AUTHORIZATION")).filter(s -> !s.isBlank());
        }

        record Answer(double millis, String total, boolean ok) {
        }

        Answer get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30)).GET();
            authorization.ifPresent(value -> request.header("Authorization", value));
            long started = System.nanoTime();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            double millis = (System.nanoTime() - started) / 1e6;
            if (response.statusCode() != 200) {
                System.out.println("GET " + path + " answered " + response.statusCode() + " after "
                        + Math.round(millis) + " ms: "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                return new Answer(millis, "-", false);
            }
            Matcher total = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(response.body());
            Matcher capped = Pattern.compile("\"totalCapped\"\\s*:\\s*true").matcher(response.body());
            return new Answer(millis, total.find() ? String.format("%,d", Long.parseLong(total.group(1)))
                    + (capped.find() ? "+" : "") : "-", true);
        }
    }

    /** The packaged application, started against the benchmark's database and stopped afterwards. */
    record RunningApp(Process process, Path log) implements AutoCloseable {

        static RunningApp start(Path jar, int port, String database, String user)
                throws IOException, InterruptedException {
            Path work = Files.createTempDirectory("bench-posts");
            Path log = work.resolve("app.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
            Optional.ofNullable(System.getenv("PRESSDESK_BENCH_JFR")).filter(file -> !file.isBlank())
                    .ifPresent(file -> command.add("-XX:StartFlightRecording=filename="
                            + Path.of(file).toAbsolutePath() + ",settings=profile"));
            command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--spring.datasource.url=" + database,
                    "--spring.datasource.username=" + user, "--spring.main.banner-mode=off",
                    "--pressdesk.daily-run.cron=-", "--pressdesk.daily-run.demo-inbox=false",
                    "--pressdesk.metrics.collect=false"));
            Process process = new ProcessBuilder(command)
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RunningApp app = new RunningApp(process, log);
            System.out.println("Starting the application (log: " + log + ")…");
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    HttpResponse<Void> health = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return app;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            app.close();
            throw new IllegalStateException("the application did not come up; see " + log);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }
}
