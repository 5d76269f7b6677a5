package org.pressdesk.dailyrun;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.post.Post;
import org.pressdesk.post.PostRepository;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Transcript pages fetched from {@code pressdesk.daily-run.urls} (a stand-in of the ministry's site
 * serving a real-looking page with navigation, share links, related news and a footer), and automatic
 * approval of the kinds the office lists in {@code pressdesk.daily-run.auto-approve}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DailyRunPagesTest {

    private static final WireMockServer SITE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final Path INBOX = temporaryInbox();

    static {
        SITE.start();
    }

    @Autowired
    RunLauncher launcher;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    PostRepository posts;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void siteAndInbox(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:pages-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("pressdesk.dispatch.enabled", () -> "false");
        registry.add("pressdesk.daily-run.inbox", INBOX::toString);
        registry.add("pressdesk.daily-run.urls", () -> SITE.baseUrl() + "/web/fyrbt/jzhsl/{date}/index.shtml");
        registry.add("pressdesk.daily-run.auto-approve", () -> "BRIEFING_SUMMARY");
    }

    @BeforeEach
    void emptySite() {
        SITE.resetAll();
    }

    @AfterAll
    static void stopSite() {
        SITE.stop();
    }

    @Test
    void theDaysPageIsFetchedItsTranscriptReadOutOfTheSiteAndFiledInDone() throws Exception {
        SITE.stubFor(get(urlPathEqualTo("/web/fyrbt/jzhsl/2011-12-27/index.shtml")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(page())));

        JobExecution run = finished(LocalDate.parse("2011-12-27"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Post> created = created(run);
        assertThat(created).extracting(Post::kind).containsExactly(ContentKind.BRIEFING_SUMMARY,
                ContentKind.SPOKESPERSON_ANSWER, ContentKind.SPOKESPERSON_ANSWER, ContentKind.SPOKESPERSON_ANSWER);
        assertThat(created.getFirst().fields().spokesperson()).isEqualTo("姜瑜");
        assertThat(created.get(2).fields().answer()).contains("\n\n明年，中方願同東盟國家一道");
        assertThat(created).allSatisfy(post -> assertThat(post.body()).doesNotContain("首頁", "分享到", "版權所有"));
        try (var done = Files.list(INBOX.resolve("done"))) {
            assertThat(done.map(file -> file.getFileName().toString())).singleElement().asString()
                    .startsWith("2011-12-27-page-").endsWith(".html");
        }
    }

    @Test
    void theKindsTheOfficeLetsTheRunApproveAreScheduledAndTheOthersWaitForAPerson() throws Exception {
        SITE.stubFor(get(urlPathEqualTo("/web/fyrbt/jzhsl/2011-12-28/index.shtml")).willReturn(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(page().replace("2011年12月27日", "2011年12月28日"))));

        List<Post> created = created(finished(LocalDate.parse("2011-12-28")));

        assertThat(created.getFirst().targets()).extracting(PublishTarget::state).containsOnly(TargetState.SCHEDULED);
        assertThat(created.subList(1, created.size())).allSatisfy(answer ->
                assertThat(answer.targets()).extracting(PublishTarget::state).containsOnly(TargetState.SUBMITTED));
    }

    @Test
    void aPageThatCannotBeFetchedFailsTheRunNamingItsAddress() throws Exception {
        SITE.stubFor(get(urlPathEqualTo("/web/fyrbt/jzhsl/2011-12-29/index.shtml")).willReturn(aResponse()
                .withStatus(404)));

        JobExecution run = finished(LocalDate.parse("2011-12-29"));

        assertThat(run.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(run.getExitStatus().getExitDescription()).contains("/web/fyrbt/jzhsl/2011-12-29/index.shtml", "HTTP 404");
        assertThat(created(run)).isEmpty();
    }

    private JobExecution finished(LocalDate date) {
        long id = launcher.start(date).getId();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobRepository.getJobExecution(id).isRunning());
        return jobRepository.getJobExecution(id);
    }

    private List<Post> created(JobExecution run) {
        return jdbc.sql("SELECT post_id FROM daily_run_post WHERE job_execution_id = :id ORDER BY item_number")
                .param("id", run.getId()).query(Long.class).list().stream()
                .map(id -> posts.findById(id).orElseThrow()).toList();
    }

    private static String page() throws IOException {
        try (InputStream in = DailyRunPagesTest.class.getResourceAsStream(
                "/dailyrun/demo-inbox/2011-12-27-jiang-yu.zh-Hant.html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Path temporaryInbox() {
        try {
            Path folder = Files.createTempDirectory("pressdesk-pages-");
            folder.toFile().deleteOnExit();
            return folder.resolve("inbox");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
