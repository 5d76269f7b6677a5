package org.pressdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pressdesk.post.TargetState;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** GET /api/reports/channels: figures per channel account from the records, as JSON or CSV, and its refusals. */
class ChannelReportApiTest extends ApiTestSupport {

    private void onePublishedAndOneFailed() throws Exception {
        long post = scheduledPost();
        clock.set(T0.plus(Duration.ofHours(5)));
        moveTarget(post, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        moveTarget(post, "x-sample", TargetState.PUBLISHING, TargetState.FAILED);
    }

    @Test
    void answersJsonPerChannelAccountFromThePublicationRecords() throws Exception {
        onePublishedAndOneFailed();

        mvc.perform(get("/api/reports/channels").param("from", "2026-03-01").param("to", "2026-03-31"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.from").value("2026-03-01"))
                .andExpect(jsonPath("$.to").value("2026-03-31"))
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.channels[*].channel",
                        contains("radio-sample", "weibo-sample", SECRET_CHANNEL, "x-sample")))
                .andExpect(jsonPath("$.channels[1].published").value(1))
                .andExpect(jsonPath("$.channels[1].publishedByKind.SPOKESPERSON_ANSWER").value(1))
                .andExpect(jsonPath("$.channels[1].successRate").value(1.0))
                .andExpect(jsonPath("$.channels[1].lagP50Seconds").value(0.0))
                .andExpect(jsonPath("$.channels[1].peakDay.date").value("2026-03-02"))
                .andExpect(jsonPath("$.channels[3].failed").value(1))
                .andExpect(jsonPath("$.channels[3].successRate").value(0.0))
                .andExpect(jsonPath("$.channels[0].radio.items").value(0))
                .andExpect(jsonPath("$.channels[1].months[0].month").value("2026-03"));
    }

    @Test
    void aTargetWithdrawnAfterItWentOutCountsAsWithdrawnInJsonCsvAndOnThePage() throws Exception {
        long post = scheduledPost();
        clock.set(T0.plus(Duration.ofHours(5)));
        moveTarget(post, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED, TargetState.WITHDRAWING,
                TargetState.WITHDRAWN);
        moveTarget(post, "x-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        mvc.perform(get("/api/reports/channels").param("month", "2026-03"))
                .andExpect(jsonPath("$.channels[1].channel").value("weibo-sample"))
                .andExpect(jsonPath("$.channels[1].published").value(0))
                .andExpect(jsonPath("$.channels[1].withdrawn").value(1))
                .andExpect(jsonPath("$.channels[3].published").value(1))
                .andExpect(jsonPath("$.channels[3].withdrawn").value(0));
        String csv = mvc.perform(get("/api/reports/channels").param("month", "2026-03").param("format", "csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFfrom,to,channel,type,display_name,published,failed,"
                                                          + "outcome_unknown,withdrawn,success_rate");
        assertThat(csv).contains("weibo-sample,outbox,「外交小靈通」新浪微博（樣例）,0,0,0,1,1.0000,");
        String page = mvc.perform(get("/reports/channels").param("month", "2026-03").param("lang", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(page).select("section th").eachText()).contains("Withdrawn");
    }

    @Test
    void aYearOrAMonthIsAPeriodToo() throws Exception {
        onePublishedAndOneFailed();

        mvc.perform(get("/api/reports/channels").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-01-01"))
                .andExpect(jsonPath("$.to").value("2026-12-31"))
                .andExpect(jsonPath("$.channels[1].published").value(1));
        mvc.perform(get("/api/reports/channels").param("month", "2026-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.to").value("2026-02-28"))
                .andExpect(jsonPath("$.channels[1].published").value(0));
        mvc.perform(get("/api/reports/channels").param("year", "2026").param("channel", "WEIBO-SAMPLE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[*].channel", contains("weibo-sample")));
    }

    @Test
    void aYearWithoutDataIsAnEmptyReportNotAnError() throws Exception {
        mvc.perform(get("/api/reports/channels").param("year", "2011"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[1].published").value(0))
                .andExpect(jsonPath("$.channels[1].followers").doesNotExist())
                .andExpect(jsonPath("$.channels[1].topPosts").isEmpty());
    }

    @Test
    void csvForSpreadsheetsIsUtf8WithAByteOrderMarkAskedByAcceptOrFormat() throws Exception {
        onePublishedAndOneFailed();

        byte[] byAccept = mvc.perform(get("/api/reports/channels").param("year", "2026").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("channels-2026-01-01-2026-12-31.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] byFormat = mvc.perform(get("/api/reports/channels").param("year", "2026").param("format", "csv"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(byAccept).startsWith(0xEF, 0xBB, 0xBF).isEqualTo(byFormat);
        String csv = new String(byAccept, StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(5);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFfrom,to,channel,type,display_name,published,failed");
        assertThat(csv).contains("2026-01-01,2026-12-31,weibo-sample,outbox,「外交小靈通」新浪微博（樣例）,1,0,0,0,1.0000,")
                .contains("\r\n");
    }

    @Test
    void refusesAPeriodThatEndsBeforeItStarts() throws Exception {
        String before = storedState();
        expectProblem(mvc.perform(get("/api/reports/channels").param("from", "2011-12-31").param("to", "2011-01-01")),
                HttpStatus.BAD_REQUEST, "to")
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:invalid-request"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("before 'from'")));
        assertThat(storedState()).isEqualTo(before);
    }

    @Test
    void refusesAnUnknownChannelNamingTheConfiguredOnes() throws Exception {
        expectProblem(mvc.perform(get("/api/reports/channels").param("year", "2011").param("channel", "weibo-nowhere")),
                HttpStatus.BAD_REQUEST, "channel")
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:unknown-channel"))
                .andExpect(jsonPath("$.detail").value(containsString("weibo-sample")));
    }

    @Test
    void refusesAMissingMixedOrMalformedPeriodAndAnUnknownFormat() throws Exception {
        expectProblem(mvc.perform(get("/api/reports/channels")), HttpStatus.BAD_REQUEST, "period");
        expectProblem(mvc.perform(get("/api/reports/channels").param("year", "2011").param("month", "2011-08")),
                HttpStatus.BAD_REQUEST, "period");
        expectProblem(mvc.perform(get("/api/reports/channels").param("from", "2011-01-01")), HttpStatus.BAD_REQUEST,
                "to");
        expectProblem(mvc.perform(get("/api/reports/channels").param("from", "2011-02-30").param("to", "2011-13-01")),
                HttpStatus.BAD_REQUEST, "from", "to");
        expectProblem(mvc.perform(get("/api/reports/channels").param("year", "twenty")), HttpStatus.BAD_REQUEST,
                "year");
        expectProblem(mvc.perform(get("/api/reports/channels").param("month", "2011-8")), HttpStatus.BAD_REQUEST,
                "month");
        expectProblem(mvc.perform(get("/api/reports/channels").param("year", "2011").param("format", "xlsx")),
                HttpStatus.BAD_REQUEST, "format");
        expectProblem(mvc.perform(get("/api/reports/channels").param("year", "2011").param("to", "2011-01-01")
                .accept("text/csv")), HttpStatus.BAD_REQUEST, "period");
    }
}
