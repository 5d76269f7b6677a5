package org.pressdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.support.ApprovalRace;
import org.pressdesk.support.HttpApi;
import org.pressdesk.support.StartedTogether;
import org.pressdesk.support.AppOnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The REST API on PostgreSQL, over a real port: requests that race, and values PostgreSQL refuses
 * where H2 does not, end in problems, never in a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class ApiOnPostgresTest {

    private static final AppOnPostgres APP = AppOnPostgres.inNewSchema("pd_api");

    @TempDir
    static Path outbox;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        APP.register(registry, outbox);
    }

    @AfterAll
    static void dropSchema() {
        APP.dropSchema();
    }

    /** PostgreSQL's short transactions make a clash less likely than on H2, so the race is run several times. */
    @RepeatedTest(5)
    void tenSimultaneousApprovalsApproveThePostOnceAndAnswerEveryOtherWithAConflict() throws Exception {
        HttpApi api = new HttpApi(port, application);
        long id = submittedPost(api);
        for (int i = 1; i <= ApprovalRace.APPROVERS; i++) {
            api.tokenOf("審核員" + i); // signed in before the race, so that issuing tokens does not stagger it
        }
        AtomicInteger approver = new AtomicInteger();

        List<ApprovalRace.Answer> answers = StartedTogether.run(ApprovalRace.APPROVERS, () -> {
            HttpResponse<String> response = api.post("/api/posts/" + id + "/approve",
                    Map.of("actor", "審核員" + approver.incrementAndGet()));
            return new ApprovalRace.Answer(response.statusCode(), HttpApi.contentType(response), response.body());
        });

        ApprovalRace.assertOneWinner(answers);
        assertThat(JsonPath.<List<String>>read(api.get("/api/posts/" + id).body(), "$.targets[*].state"))
                .containsOnly("SCHEDULED");
        ApprovalRace.assertApprovedOnce(jdbc, id);
    }

    @Test
    void aNulCharacterPostgresCannotStoreIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        HttpApi api = new HttpApi(port, application);
        long id = createdPost(api);
        long transitions = jdbc.sql("SELECT COUNT(*) FROM target_transition").query(Long.class).single();

        HttpResponse<String> refused = api.post("/api/posts/" + id + "/submit",
                Map.of("actor", "王小明", "reason", "請審核\u0000"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(HttpApi.contentType(refused)).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("SQL");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM target_transition").query(Long.class).single())
                .isEqualTo(transitions);
        assertThat(JsonPath.<List<String>>read(api.get("/api/posts/" + id).body(), "$.targets[*].state"))
                .containsOnly("DRAFT");
    }

    private static long createdPost(HttpApi api) {
        HttpResponse<String> created = api.post("/api/posts", Map.of(
                "kind", "SPOKESPERSON_ANSWER",
                "title", "外交部發言人答記者問",
                "body", "問：請介紹有關情況。答：我們已經注意到有關報道。",
                "fields", Map.of("question", "請介紹有關情況。", "answer", "我們已經注意到有關報道。", "spokesperson", "洪磊"),
                "language", "zh-Hant",
                "author", "王小明",
                "scheduledAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "targets", List.of(Map.of("channel", "weibo-sample"), Map.of("channel", "x-sample"))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }

    private static long submittedPost(HttpApi api) {
        long id = createdPost(api);
        assertThat(api.post("/api/posts/" + id + "/submit", Map.of("actor", "王小明")).statusCode()).isEqualTo(200);
        return id;
    }
}
