package org.pressdesk.dailyrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.JobExecution;

/** The daily runs page: what {@code GET /api/runs} gives, with progress and skips, and starting a run from it. */
class RunsPageTest extends DailyRunTestSupport {


    @Test
    void aRunStartedFromThePageShowsItsProgressCountsAndEachSkippedPartWithItsReason() throws Exception {
        Files.writeString(properties.inbox().resolve("2011-12-29-orphan.zh-Hant.txt"), """
                2011年12月29日外交部發言人洪磊主持例行記者會

                答：這是一段沒有問題的回答。

                問：中方對此有何評論？
                答：我們歡迎各方恢復對話。
                """, StandardCharsets.UTF_8);

        mvc.perform(post("/runs").param("date", "2011-12-29").with(asStaff("王小明", "ADMIN")).locale(Locale.ENGLISH))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("The run for 2011-12-29 has started")));
        awaitEnd("2011-12-29");

        Element row = runRow(page(Locale.ENGLISH), "2011-12-29");
        assertThat(row.selectFirst(".state").text()).isEqualTo("Completed");
        assertThat(row.selectFirst(".progress > span").attr("style")).isEqualTo("width: 100%");
        assertThat(row.text()).contains("written 2, skipped 1");
        assertThat(row.selectFirst(".skips li").text()).contains("2011-12-29-orphan.zh-Hant.txt",
                "an answer with no question before it", "這是一段沒有問題的回答");
        assertThat(row.select("form button.restart")).isEmpty();
    }

    @Test
    void aRunningRunShowsTheShareOfItsCollectedPartsRead() throws Exception {
        JobExecution running = runningElsewhere("2011-12-30");
        running.getExecutionContext().putLong(CollectTranscripts.PARTS, 20);
        jobRepository.updateExecutionContext(running);
        var importing = jobRepository.createStepExecution("importTranscripts", running);
        importing.getExecutionContext().putLong("transcripts.read.count", 5);
        importing.setReadCount(5);
        importing.setWriteCount(4);
        importing.setProcessSkipCount(1);
        jobRepository.update(importing);
        jobRepository.updateExecutionContext(importing);

        Element row = runRow(page(Locale.ENGLISH), "2011-12-30");

        assertThat(row.selectFirst(".state").text()).isEqualTo("Running");
        assertThat(row.selectFirst(".progress > span").attr("style")).isEqualTo("width: 25%");
        assertThat(row.text()).contains("read 5 of 20, written 4, skipped 1");
    }

    @Test
    void aStartWhileTheDatesRunIsRunningIsRefusedWithAMessageAndTheDateKept() throws Exception {
        runningElsewhere("2011-12-30");

        String html = mvc.perform(post("/runs").param("date", "2011-12-30").with(asStaff("王小明", "ADMIN"))
                        .locale(Locale.forLanguageTag("zh-Hant")))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#runs-alert").text()).isEqualTo("2011-12-30 的任務正在執行。");
        assertThat(page.selectFirst("#runs-date").attr("value")).isEqualTo("2011-12-30");
        assertThat(jobRepository.getJobInstances(DailyRunJobConfiguration.JOB, 0, 10)).hasSize(1);
    }

    @Test
    void aDateThatIsNoDateIsShownBesideTheFieldAsTypedAndStartsNothing() throws Exception {
        String html = mvc.perform(post("/runs").param("date", "30.12.2011").with(asStaff("王小明", "ADMIN"))
                        .locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#runs-date").attr("value")).isEqualTo("30.12.2011");
        assertThat(page.selectFirst(".field.invalid .field-error").text()).isEqualTo("Give a date such as 2011-12-30.");
        assertThat(jobRepository.getJobInstances(DailyRunJobConfiguration.JOB, 0, 10)).isEmpty();
    }

    @Test
    void aFailedRunIsShownWithWhyAndItsRestartButtonCarriesOnWhereItStopped() throws Exception {
        demo(HONG_LEI);
        Files.writeString(properties.inbox().resolve("2011-12-30-empty.txt"), "", StandardCharsets.UTF_8);
        mvc.perform(post("/runs").param("date", "2011-12-30").with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isFound());
        awaitEnd("2011-12-30");

        Element failed = runRow(page(Locale.ENGLISH), "2011-12-30");
        assertThat(failed.selectFirst(".state").text()).isEqualTo("Failed");
        assertThat(failed.selectFirst(".progress").hasClass("failed")).isTrue();
        assertThat(failed.text()).contains("2011-12-30-empty.txt is empty");
        Element restart = failed.selectFirst("form:has(button.restart)");
        assertThat(restart.selectFirst("input[name=date]").attr("value")).isEqualTo("2011-12-30");

        mvc.perform(post(restart.attr("action")).param("date", "2011-12-30").with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isFound());
        awaitEnd("2011-12-30");

        Element completed = runRow(page(Locale.ENGLISH), "2011-12-30");
        assertThat(completed.selectFirst(".state").text()).isEqualTo("Completed");
        assertThat(completed.text()).contains("written 4, skipped 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void theRunsPageSpeaksEachLanguageWithNoMissingWords(String language) throws Exception {
        runningElsewhere("2011-12-30");

        String html = mvc.perform(get("/runs").param("lang", language).with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("lang=\"" + language + "\"", "id=\"runs-list\"", "class=\"progress").doesNotContain("??");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Document page(Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get("/runs").with(asStaff("王小明", "ADMIN")).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Element runRow(Document page, String date) {
        Element row = page.selectFirst("#runs-list tr[data-date=" + date + "]");
        assertThat(row).as("the row of " + date).isNotNull();
        return row;
    }

    /** Waits until the date's last run has ended. */
    private void awaitEnd(String date) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JobExecution last = jobRepository.getLastJobExecution(DailyRunJobConfiguration.JOB,
                    RunLauncher.parameters(LocalDate.parse(date)));
            return last != null && !last.isRunning();
        });
    }
}
