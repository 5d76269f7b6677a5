package org.pressdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.support.HttpApi;
import org.pressdesk.support.SignedInBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The application as the README runs it: H2 file database, sample outbox channels, the dispatcher
 * loop on. A post queued over HTTP for "now" is published, with its outbox file, within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PressdeskApplicationTest {

    @TempDir
    static Path workDir;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext application;

    @DynamicPropertySource
    static void embeddedDefault(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + workDir.resolve("data/pressdesk"));
        for (String channel : List.of("weibo-sample", "x-sample", "radio-sample")) {
            registry.add("pressdesk.channels." + channel + ".settings.folder",
                    () -> workDir.resolve("outbox/" + channel).toString());
        }
        registry.add("pressdesk.dispatch.poll-interval", () -> "200ms");
    }

    @Test
    @SuppressWarnings("unchecked")
    void publishesAPostQueuedForNowToItsOutboxWithinSeconds() throws Exception {
        RestClient api = asPerson("editor-li");
        RestClient approver = asPerson("approver-wang");
        Map<String, Object> created = api.post().uri("/api/posts").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "SPOKESPERSON_ANSWER",
                        "title", "外交部發言人洪磊就伊朗與六國對話等答記者問",
                        "body", "問：伊朗與六國對話何時舉行？\n答：中方歡迎各方早日恢復對話。",
                        "fields", Map.of("question", "伊朗與六國對話何時舉行？", "answer", "中方歡迎各方早日恢復對話。",
                                "spokesperson", "洪磊"),
                        "language", "zh-Hant",
                        "author", "editor-li",
                        "scheduledAt", "now",
                        "targets", List.of(Map.of("channel", "weibo-sample"), Map.of("channel", "x-sample"),
                                Map.of("channel", "radio-sample"))))
                .retrieve().body(Map.class);
        Number id = (Number) created.get("id");
        api.post().uri("/api/posts/{id}/submit", id).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("actor", "editor-li")).retrieve().toBodilessEntity();
        approver.post().uri("/api/posts/{id}/approve", id).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("actor", "approver-wang")).retrieve().toBodilessEntity();

        Map<String, Object> post = Map.of();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            post = api.get().uri("/api/posts/{id}", id).retrieve().body(Map.class);
            List<Map<String, Object>> targets = (List<Map<String, Object>>) post.get("targets");
            if (targets.stream().allMatch(target -> "PUBLISHED".equals(target.get("state")))) {
                break;
            }
            Thread.sleep(100);
        }

        List<Map<String, Object>> targets = (List<Map<String, Object>>) post.get("targets");
        assertThat(targets).extracting(target -> target.get("state")).containsOnly("PUBLISHED");
        assertThat(targets).hasSize(3);
        for (Map<String, Object> target : targets.stream().filter(t -> !"radio-sample".equals(t.get("channel"))).toList()) {
            Map<String, Object> receipt = (Map<String, Object>) target.get("receipt");
            Path file = Path.of(java.net.URI.create((String) receipt.get("url")));
            assertThat(file).startsWith(workDir.resolve("outbox/" + target.get("channel")));
            assertThat(Files.readString(file)).contains("中方歡迎各方早日恢復對話", "channel: " + target.get("channel"));
            assertThat((String) receipt.get("publishedAt")).endsWith("+08:00");
        }
        try (var scripts = Files.walk(workDir.resolve("outbox/radio-sample"))) {
            List<Path> episode = scripts.filter(file -> file.getFileName().toString().matches("wjfwz-\\d{8}\\.(txt|html|ssml)"))
                    .toList();
            assertThat(episode).hasSize(3);
            assertThat(Files.readString(episode.stream().filter(file -> file.toString().endsWith(".txt")).findFirst()
                    .orElseThrow())).contains("外交服務站", "中方歡迎各方早日恢復對話");
        }
        assertThat(Files.exists(workDir.resolve("data/pressdesk.mv.db"))).isTrue();
    }

    /** Signed in through the sign-in form, as a browser is: the session cookie then opens pages and the API. */
    @Test
    void aBrowserOutsideTheApiGetsBootsErrorPageWhileTheApiAnswersProblems() {
        application.getBean(StaffUsers.class).create("browser-user", "Browser user", "a-long-password-1",
                EnumSet.of(StaffRole.EDITOR), false);
        SignedInBrowser browser = SignedInBrowser.signIn(port, "browser-user", "a-long-password-1");

        HttpResponse<String> page = browser.get("/no-such-page", MediaType.TEXT_HTML_VALUE);
        HttpResponse<String> api = browser.get("/api/no-such-thing", MediaType.TEXT_HTML_VALUE);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(MediaType.parseMediaType(HttpApi.contentType(page)).isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.body()).contains("Whitelabel Error Page");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(MediaType.parseMediaType(HttpApi.contentType(api)).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .isTrue();
    }

    private RestClient asPerson(String username) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + HttpApi.issue(application, username)).build();
    }
}
