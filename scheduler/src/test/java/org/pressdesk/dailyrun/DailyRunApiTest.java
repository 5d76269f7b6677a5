package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.content.ContentKind;
import org.pressdesk.post.Post;
import org.pressdesk.post.PublishTarget;
import org.pressdesk.post.TargetState;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The daily publishing run through {@code POST /api/runs} and {@code GET /api/runs/{id}}, on the samples
 * (test config: answers to weibo-sample and radio-sample, summaries to weibo-sample; weibo-sample's
 * slots 09:00, 12:00, 15:00, 18:00). The clock stands at Monday 2 March 2026, 10:00 at the office.
 */
class DailyRunApiTest extends DailyRunTestSupport {

    private static final Instant NOON = Instant.parse("2026-03-02T04:00:00Z");

    // --- what a run creates ---------------------------------------------------------------------

    @Test
    void aTranscriptBecomesOneBriefingSummaryAndOneSpokespersonAnswerPerQuestionWaitingForApproval() throws Exception {
        demo(HONG_LEI);

        long run = completed("2011-12-30");

        mvc.perform(get("/api/runs/{id}", run))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.date").value("2011-12-30"))
                .andExpect(jsonPath("$.counts.read").value(4))
                .andExpect(jsonPath("$.counts.written").value(4))
                .andExpect(jsonPath("$.counts.skipped").value(0))
                .andExpect(jsonPath("$.progress").value(100))
                .andExpect(jsonPath("$.startedAt").value(containsString("+08:00")))
                .andExpect(jsonPath("$.posts.length()").value(4));
        List<Post> created = runPosts();
        Post summary = created.getFirst();
        assertThat(summary.kind()).isEqualTo(ContentKind.BRIEFING_SUMMARY);
        assertThat(summary.title()).isEqualTo("2011年12月30日外交部發言人洪磊主持例行記者會");
        assertThat(summary.fields().spokesperson()).isEqualTo("洪磊");
        assertThat(summary.fields().topics()).hasSize(3).first().asString().startsWith("伊朗與六國對話");
        assertThat(summary.body()).contains("發布消息：應國務院總理溫家寶邀請", "回答記者提問3個");
        assertThat(summary.source().conferenceDate()).hasToString("2011-12-30");
        assertThat(created.subList(1, 4)).allSatisfy(answer -> {
            assertThat(answer.kind()).isEqualTo(ContentKind.SPOKESPERSON_ANSWER);
            assertThat(answer.fields().spokesperson()).isEqualTo("洪磊");
            assertThat(answer.source().conferenceDate()).hasToString("2011-12-30");
        });
        assertThat(created.subList(1, 4)).extracting(answer -> answer.source().questionNumber()).containsExactly(1, 2, 3);
        assertThat(created.get(3).fields().question()).isEqualTo("有報道稱，今年中國領事保護案件數量明顯增加，你能否證實？");
        assertThat(created.get(3).fields().answer()).startsWith("今年以來");
        assertThat(created).allSatisfy(post -> {
            assertThat(post.author()).isEqualTo("daily-run-" + run);
            assertThat(post.targets()).extracting(PublishTarget::state).containsOnly(TargetState.SUBMITTED);
        });
        assertThat(created.get(1).targets()).extracting(PublishTarget::channelId)
                .containsExactly("weibo-sample", "radio-sample");
        assertThat(properties.done().resolve(HONG_LEI)).exists();
        assertThat(properties.inbox().resolve(HONG_LEI)).doesNotExist();
    }

    @Test
    void theSummaryTakesTheFirstFreeSlotAndTheAnswersTheNextOnesSpillingIntoTheNextDayWhileRadioGetsThemAtOnce()
            throws Exception {
        demo(HONG_LEI);

        completed("2011-12-30");

        List<Post> created = runPosts();
        assertThat(created).extracting(post -> slot(post, "weibo-sample")).containsExactly(
                NOON, NOON.plus(Duration.ofHours(3)), NOON.plus(Duration.ofHours(6)),
                Instant.parse("2026-03-03T01:00:00Z"));
        assertThat(created.subList(1, 4)).extracting(post -> slot(post, "radio-sample")).containsOnly(T0);
    }

    @Test
    void anyoneButTheRunMayApproveItsPostsAndTheAuditNamesTheRunAndTheFile() throws Exception {
        demo(HONG_LEI);
        long run = completed("2011-12-30");
        long answer = runPosts().get(1).id();

        act(answer, "approve", "陳主任").andExpect(status().isOk());

        mvc.perform(get("/api/posts/{id}/history", answer))
                .andExpect(jsonPath("$[*].actor", hasItem("daily-run-" + run)))
                .andExpect(jsonPath("$[*].reason", hasItem(containsString(HONG_LEI))))
                .andExpect(jsonPath("$[*].reason", hasItem(containsString("run " + run))));
        assertThat(target(answer, "weibo-sample").state()).isEqualTo(TargetState.SCHEDULED);
    }

    @Test
    void importingTheSameConferenceAgainCreatesNothingNew() throws Exception {
        demo(HONG_LEI);
        completed("2011-12-30");
        long before = postCount();
        demo(HONG_LEI);

        long again = completed("2011-12-31");

        assertThat(postCount()).isEqualTo(before);
        mvc.perform(get("/api/runs/{id}", again))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.posts.length()").value(0));
    }

    // --- faults and bad input ------------------------------------------------------------------

    @Test
    void anUnreadablePartIsSkippedWithItsReasonAndTheRestIsImported() throws Exception {
        write("2011-12-29-orphan.zh-Hant.txt", """
                2011年12月29日外交部發言人洪磊主持例行記者會

                答：這是一段沒有問題的回答。

                問：中方對此有何評論？
                答：我們歡迎各方恢復對話。
                """);

        long run = completed("2011-12-29");

        mvc.perform(get("/api/runs/{id}", run))
                .andExpect(jsonPath("$.counts.written").value(2))
                .andExpect(jsonPath("$.counts.skipped").value(1))
                .andExpect(jsonPath("$.skips[0].source").value("2011-12-29-orphan.zh-Hant.txt"))
                .andExpect(jsonPath("$.skips[0].reason").value("an answer with no question before it"))
                .andExpect(jsonPath("$.skips[0].excerpt").value(containsString("這是一段沒有問題的回答")));
    }

    @Test
    void aChannelThatRefusesAPostIsLeftOutOfItWithTheReasonListedAndTheOtherChannelsGetIt() throws Exception {
        demo("2011-12-29-hong-lei.en.txt");

        long run = completed("2011-12-29");

        List<Post> created = runPosts();
        assertThat(created).hasSize(6);
        assertThat(created.subList(1, 6)).allSatisfy(answer -> assertThat(answer.targets())
                .extracting(PublishTarget::channelId).containsExactly("weibo-sample"));
        mvc.perform(get("/api/runs/{id}", run))
                .andExpect(jsonPath("$.counts.written").value(6))
                .andExpect(jsonPath("$.counts.skipped").value(0))
                .andExpect(jsonPath("$.skips.length()").value(0))
                .andExpect(jsonPath("$.counts.leftOut").value(5))
                .andExpect(jsonPath("$.leftOut.length()").value(5))
                .andExpect(jsonPath("$.leftOut[0].reason").value(containsString("not sent to radio-sample: ")));
    }

    @Test
    void aPostEveryChannelRefusesIsSkippedWithEachChannelsReasonAndTheRestIsWritten() throws Exception {
        write("2011-12-28-long.zh-Hant.txt", "2011年12月28日外交部發言人洪磊主持例行記者會\n\n"
                + "問：中方對此有何評論？\n答：" + "中方一貫主張通過對話和談判解決有關問題。".repeat(150) + "\n\n"
                + "問：新年招待會何時舉行？\n答：我們將適時發布消息。\n");

        long run = completed("2011-12-28");

        mvc.perform(get("/api/runs/{id}", run))
                .andExpect(jsonPath("$.counts.written").value(2))
                .andExpect(jsonPath("$.counts.skipped").value(1))
                .andExpect(jsonPath("$.skips[0].reason").value(containsString("refused by every channel")))
                .andExpect(jsonPath("$.skips[0].reason").value(containsString("weibo-sample: ")));
        assertThat(runPosts()).extracting(post -> post.source().questionNumber()).containsExactly(null, 2);
    }

    @Test
    void anEmptyFileFailsTheRunNamingItWritesNothingAndARestartImportsTheRest() throws Exception {
        demo(HONG_LEI);
        write("2011-12-30-empty.txt", "");

        long run = finished("2011-12-30");

        mvc.perform(get("/api/runs/{id}", run))
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.message").value(containsString("2011-12-30-empty.txt is empty")));
        assertThat(postCount()).isZero();
        assertThat(properties.failed().resolve("2011-12-30-empty.txt")).exists();
        assertThat(properties.inbox().resolve(HONG_LEI)).exists();

        long restarted = completed("2011-12-30");

        assertThat(restarted).isNotEqualTo(run);
        assertThat(postCount()).isEqualTo(4);
    }

    @Test
    void aSecondStartOfACompletedDateIsAConflict() throws Exception {
        completed("2011-12-30");

        expectProblem(start("dailyPublishingRun", "2011-12-30"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:run-conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("has completed")));
    }

    @Test
    void aStartWhileTheDateRunsElsewhereIsAConflict() throws Exception {
        runningElsewhere("2011-12-30");

        expectProblem(start("dailyPublishingRun", "2011-12-30"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:run-conflict"))
                .andExpect(jsonPath("$.detail").value(containsString("already running")));
    }

    @Test
    void aRunningRunShowsItsProgressAsTheShareOfCollectedPartsRead() throws Exception {
        JobExecution running = runningElsewhere("2011-12-30");
        running.getExecutionContext().putLong(CollectTranscripts.PARTS, 20);
        jobRepository.updateExecutionContext(running);
        var importing = jobRepository.createStepExecution("importTranscripts", running);
        importing.getExecutionContext().putLong("transcripts.read.count", 5);
        jobRepository.updateExecutionContext(importing);

        mvc.perform(get("/api/runs/{id}", running.getId()))
                .andExpect(jsonPath("$.status").value("STARTED"))
                .andExpect(jsonPath("$.progress").value(25))
                .andExpect(jsonPath("$.endedAt").doesNotExist());
    }

    @Test
    void anUnknownJobABadDateAndAnUnknownFieldAreBadRequests() throws Exception {
        expectProblem(start("weeklyRun", "2011-12-30"), HttpStatus.BAD_REQUEST, "job");
        expectProblem(start("dailyPublishingRun", "30.12.2011"), HttpStatus.BAD_REQUEST, "date");
        expectProblem(start(null, null), HttpStatus.BAD_REQUEST, "job", "date");
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("job", "dailyPublishingRun");
        extra.put("date", "2011-12-30");
        extra.put("dryRun", true);
        expectProblem(postJson("/api/runs", extra), HttpStatus.BAD_REQUEST, "dryRun");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single()).isZero();
    }

    @Test
    void runsAreListedNewestFirstAndAnUnknownRunIsNotFound() throws Exception {
        long first = completed("2011-12-29");
        long second = completed("2011-12-30");

        mvc.perform(get("/api/runs"))
                .andExpect(jsonPath("$[0].id").value(second))
                .andExpect(jsonPath("$[1].id").value(first))
                .andExpect(jsonPath("$[0].status").value("COMPLETED"));
        expectProblem(mvc.perform(get("/api/runs/{id}", second + 1000)), HttpStatus.NOT_FOUND);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private org.springframework.test.web.servlet.ResultActions start(String job, String date) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("job", job);
        body.put("date", date);
        return postJson("/api/runs", body);
    }

    /** Starts the date's run, waits until it ended and returns its id. */
    private long finished(String date) throws Exception {
        MvcResult result = start("dailyPublishingRun", date).andExpect(status().isAccepted())
                .andExpect(header().string("Location", containsString("/api/runs/"))).andReturn();
        long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
        await().atMost(Duration.ofSeconds(30)).until(() -> !jobRepository.getJobExecution(id).isRunning());
        return id;
    }

    private long completed(String date) throws Exception {
        long id = finished(date);
        assertThat(jobRepository.getJobExecution(id).getStatus()).as(() -> jobRepository.getJobExecution(id)
                .getAllFailureExceptions().toString()).isEqualTo(BatchStatus.COMPLETED);
        return id;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(properties.inbox().resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Post> runPosts() {
        return jdbc.sql("SELECT post_id FROM daily_run_post ORDER BY conference_date, language, item_number")
                .query(Long.class).list().stream().map(id -> posts.findById(id).orElseThrow()).toList();
    }

    private long postCount() {
        return jdbc.sql("SELECT COUNT(*) FROM post").query(Long.class).single();
    }

    private static Instant slot(Post post, String channel) {
        return post.targets().stream().filter(target -> target.channelId().equals(channel)).findFirst()
                .orElseThrow().scheduledAt();
    }
}
