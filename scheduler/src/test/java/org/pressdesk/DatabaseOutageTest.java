package org.pressdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.support.HangingProxy;
import org.pressdesk.support.HttpApi;
import org.pressdesk.support.AppOnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops answering while the API is busy: health says DOWN within a second or two, API
 * calls fail within seconds with a 503 problem instead of hanging, and both recover when the
 * database answers again. The database is the real one, reached through a proxy the test makes
 * hang (connections stay open, nothing comes back), with the application's own pool settings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageTest {

    /** How long health may take to say DOWN. */
    private static final Duration HEALTH_BOUND = Duration.ofMillis(2000);
    /**
     * How long an API call may take to fail while the database hangs: at worst it gets a connection
     * just before the pool's connection-timeout (2 s) and its query then waits out the driver's
     * socketTimeout (5 s); the rest is headroom for a loaded 2-core machine, still far below a hang.
     */
    private static final Duration API_BOUND = Duration.ofSeconds(10);

    private static final AppOnPostgres APP = AppOnPostgres.inNewSchema("pd_outage");
    private static final HangingProxy DATABASE = HangingProxy.to("127.0.0.1", 5432);

    @TempDir
    static Path outbox;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @DynamicPropertySource
    static void postgresThroughTheProxy(DynamicPropertyRegistry registry) {
        APP.registerAt(registry, "jdbc:postgresql://127.0.0.1:" + DATABASE.port() + "/test", outbox);
    }

    @AfterAll
    static void dropSchemaAndProxy() {
        DATABASE.close();
        APP.dropSchema();
    }

    @Test
    void aHangingDatabaseMakesHealthDownAtOnceAndApiCallsFailFastWithAProblemUntilItAnswersAgain() throws Exception {
        HttpApi api = new HttpApi(port, application);
        assertThat(api.post("/api/posts", aPost()).statusCode()).isEqualTo(201);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);

        try (Load load = new Load(api)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !load.outcomes.isEmpty());
            DATABASE.hang();

            Timed<HttpResponse<String>> health = timed(() -> api.get("/actuator/health"));
            assertThat(health.value().statusCode()).isEqualTo(503);
            assertThat(health.value().body()).contains("DOWN");
            assertThat(health.took()).isLessThan(HEALTH_BOUND);

            Timed<HttpResponse<String>> create = timed(() -> api.post("/api/posts", aPost()));
            assertUnavailableProblem(create.value());
            assertThat(create.took()).isLessThan(API_BOUND);

            Timed<HttpResponse<String>> list = timed(() -> api.get("/api/posts"));
            assertUnavailableProblem(list.value());
            assertThat(list.took()).isLessThan(API_BOUND);

            Timed<HttpResponse<String>> healthAgain = timed(() -> api.get("/actuator/health"));
            assertThat(healthAgain.value().statusCode()).isEqualTo(503);
            assertThat(healthAgain.took()).isLessThan(HEALTH_BOUND);

            load.stop();
            assertThat(load.outcomes).isNotEmpty().allSatisfy(outcome -> {
                assertThat(outcome.status()).as(outcome.toString()).isIn(200, 503);
                assertThat(outcome.took()).as(outcome.toString()).isLessThan(API_BOUND);
            });
            assertThat(load.outcomes).anySatisfy(outcome -> assertThat(outcome.status()).isEqualTo(503));
        } finally {
            DATABASE.restore();
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/actuator/health").statusCode() == 200);
        assertThat(api.get("/api/posts").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/posts", aPost()).statusCode()).isEqualTo(201);
    }

    private static void assertUnavailableProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(HttpApi.contentType(response)).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":503").doesNotContain("Exception");
    }

    private static Map<String, Object> aPost() {
        return Map.of(
                "kind", "SPOKESPERSON_ANSWER",
                "title", "外交部發言人答記者問",
                "body", "問：請介紹有關情況。答：我們已經注意到有關報道。",
                "fields", Map.of("question", "請介紹有關情況。", "answer", "我們已經注意到有關報道。", "spokesperson", "洪磊"),
                "language", "zh-Hant",
                "author", "王小明",
                "scheduledAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "targets", List.of(Map.of("channel", "weibo-sample"), Map.of("channel", "x-sample")));
    }

    private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T value = call.get();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Timed<T>(T value, Duration took) {
    }

    private record Outcome(int status, Duration took) {
    }

    /** Clients listing and creating posts without pause, on threads of their own. */
    private static final class Load implements AutoCloseable {
        private static final int CLIENTS = 12;

        final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> clients = new ArrayList<>();

        Load(HttpApi api) {
            for (int i = 0; i < CLIENTS; i++) {
                boolean creates = i % 3 == 0;
                clients.add(Thread.ofPlatform().daemon().name("load-" + i).start(() -> {
                    while (running.get()) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = (creates ? api.post("/api/posts", aPost()) : api.get("/api/posts?size=5"))
                                    .statusCode();
                        } catch (RuntimeException noAnswer) {
                            status = -1;
                        }
                        outcomes.add(new Outcome(status == 201 ? 200 : status,
                                Duration.ofNanos(System.nanoTime() - start)));
                    }
                }));
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread client : clients) {
                client.join(Duration.ofSeconds(30));
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
