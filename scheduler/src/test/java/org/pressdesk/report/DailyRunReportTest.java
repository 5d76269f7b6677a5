package org.pressdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily runs' figures counted from their records: {@code GET /api/reports/daily-runs} as JSON and
 * CSV, and the press-conference section of the disclosure report.
 */
class DailyRunReportTest extends ApiTestSupport {

    @Autowired
    JobRepository jobRepository;

    @BeforeEach
    void noRunsYet() {
        for (String table : List.of("office_figure", "daily_run_post", "daily_run_skip", "daily_run_start",
                "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Two conferences of 2011, one imported in two languages, plus one of 2012; runs that ended each way. */
    private void runsOf2011() {
        long first = run("2011-12-29", BatchStatus.FAILED);
        run("2011-12-29", BatchStatus.COMPLETED);
        long second = run("2011-12-30", BatchStatus.COMPLETED);
        run("2011-12-31", BatchStatus.STOPPED);
        run("2012-01-04", BatchStatus.COMPLETED);
        imported("2011-12-29", "zh-Hant", 3, first);
        imported("2011-12-29", "en", 3, second);
        imported("2011-12-30", "zh-Hant", 2, second);
        imported("2012-01-04", "zh-Hant", 5, second);
        skipped(first, false);
        skipped(second, false);
        skipped(second, true);
    }

    @Test
    void theDailyRunReportCountsAConferenceInTwoLanguagesOnceAndEachQuestionOnce() throws Exception {
        runsOf2011();

        mvc.perform(get("/api/reports/daily-runs?year=2011"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2011-01-01"))
                .andExpect(jsonPath("$.to").value("2011-12-31"))
                .andExpect(jsonPath("$.runs").value(3))
                .andExpect(jsonPath("$.completed").value(2))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.conferences").value(2))
                .andExpect(jsonPath("$.answers").value(5))
                .andExpect(jsonPath("$.postsCreated").value(4 + 4 + 3))
                .andExpect(jsonPath("$.skippedParts").value(2))
                .andExpect(jsonPath("$.channelsLeftOut").value(1));
        mvc.perform(get("/api/reports/daily-runs?from=2012-01-01&to=2012-01-31"))
                .andExpect(jsonPath("$.runs").value(1)).andExpect(jsonPath("$.conferences").value(1))
                .andExpect(jsonPath("$.answers").value(5));
    }

    @Test
    void theDailyRunReportComesAsCsvThatSpreadsheetsOpen() throws Exception {
        runsOf2011();

        byte[] body = mvc.perform(get("/api/reports/daily-runs?year=2011").header("Accept", "text/csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").isEqualTo("\uFEFFfrom,to,runs,completed,failed,conferences,answers,"
                + "posts_created,skipped_parts,channels_left_out\r\n2011-01-01,2011-12-31,3,2,1,2,5,11,2,1\r\n");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndAYearWithoutRunsIsZeros() throws Exception {
        mvc.perform(get("/api/reports/daily-runs?from=2011-12-31&to=2011-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/reports/daily-runs?year=2010")).andExpect(status().isOk())
                .andExpect(jsonPath("$.runs").value(0)).andExpect(jsonPath("$.conferences").value(0));
    }

    @Test
    void theDisclosureReportStatesTheCountedConferencesWhenStaffEnteredNone() throws Exception {
        runsOf2011();

        String text = page();

        assertThat(text).contains("全年共舉行例行記者會2場。", "發佈發言人答記者問5個。").doesNotContain("每日發佈");
    }

    @Test
    void runsThatImportedNothingStateNoConferences() throws Exception {
        run("2011-12-30", BatchStatus.FAILED);

        assertThat(page()).doesNotContain("全年共舉行例行記者會", "每日發佈");
        mvc.perform(get("/api/reports/daily-runs?year=2011")).andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.conferences").value(0));
    }

    @Test
    void anOfficeFigureIsTheOfficialOneWithTheCountedFigureBesideIt() throws Exception {
        runsOf2011();
        mvc.perform(post("/api/office-figures/import?actor=editor-li").contentType("text/csv")
                .content("year,figure,category,value\n2011,press-conferences,,133\n2011,spokesperson-answers,,1998\n"
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());

        String text = page();

        assertThat(text).contains("全年共舉行例行記者會133場。", "發佈發言人答記者問1,998個。",
                "每日發佈流程的記錄計得記者會2場、答記者問5個。");
    }

    private String page() throws Exception {
        String html = mvc.perform(get("/reports/disclosure/2011?lang=zh-Hant")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).text();
    }

    private long run(String date, BatchStatus status) {
        JobParameters parameters = new JobParametersBuilder().addString("date", date).toJobParameters();
        JobInstance instance = jobRepository.getJobInstance("dailyPublishingRun", parameters);
        if (instance == null) {
            instance = jobRepository.createJobInstance("dailyPublishingRun", parameters);
        }
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setEndTime(LocalDateTime.now());
        execution.setStatus(status);
        jobRepository.update(execution);
        return execution.getId();
    }

    /** A briefing summary (item 0) and {@code answers} answers of one conference in one language. */
    private void imported(String date, String language, int answers, long execution) {
        for (int item = 0; item <= answers; item++) {
            jdbc.sql("""
                            INSERT INTO daily_run_post (conference_date, language, item_number, post_id, job_execution_id,
                                                        source, created_at)
                            VALUES (:date, :language, :item, :post, :execution, 'test', CURRENT_TIMESTAMP)""")
                    .param("date", LocalDate.parse(date)).param("language", language).param("item", item)
                    .param("post", 1000 + item).param("execution", execution).update();
        }
    }

    private void skipped(long execution, boolean channelLeftOut) {
        jdbc.sql("""
                        INSERT INTO daily_run_skip (job_execution_id, source, reason, skipped_at, channel_left_out)
                        VALUES (?, 'test', 'no answer', CURRENT_TIMESTAMP, ?)""")
                .params(execution, channelLeftOut).update();
    }
}
