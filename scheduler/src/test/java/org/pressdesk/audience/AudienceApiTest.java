package org.pressdesk.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Followers and radio listeners through the API: entered, imported, listed, and every refusal storing nothing. */
class AudienceApiTest extends ApiTestSupport {

    private static Map<String, Object> followers(String channel, String date, Object count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("date", date);
        body.put("followers", count);
        body.put("actor", "editor-li");
        return body;
    }

    private ResultActions importCsv(String csv) throws Exception {
        return mvc.perform(post("/api/metrics/listeners/import").param("actor", "editor-li")
                .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void staffEnterAKnownFollowerCountForAPastDayAndSeeItListed() throws Exception {
        postJson("/api/metrics/followers", followers("WEIBO-SAMPLE", "2026-03-01", 1_200_000))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channelId").value("weibo-sample"))
                .andExpect(jsonPath("$.trigger").value("IMPORT"));

        mvc.perform(get("/api/metrics/followers").param("channel", "weibo-sample"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2026-02-01"))
                .andExpect(jsonPath("$.snapshots[0].followers").value(1_200_000))
                .andExpect(jsonPath("$.failures").isEmpty());
        assertThat(jdbc.sql("SELECT entered_by FROM follower_snapshot").query(String.class).single())
                .isEqualTo("editor-li");
    }

    @Test
    void refusesAFollowerCountForAFutureDateOrARadioSegmentStoringNothing() throws Exception {
        expectProblem(postJson("/api/metrics/followers", followers("weibo-sample", "2026-03-03", 5)),
                HttpStatus.BAD_REQUEST, "date")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("2026-03-02")));
        expectProblem(postJson("/api/metrics/followers", followers("radio-sample", "2026-03-01", 5)),
                HttpStatus.BAD_REQUEST, "channel");
        expectProblem(postJson("/api/metrics/followers", followers("weibo-nowhere", "2026-03-01", 5)),
                HttpStatus.BAD_REQUEST, "channel")
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:invalid-request"));
        expectProblem(postJson("/api/metrics/followers", followers("weibo-sample", "2026-03-01", -1)),
                HttpStatus.BAD_REQUEST, "followers");

        assertThat(count("follower_snapshot")).isZero();
    }

    @Test
    void aSnapshotOnDemandNamesAChannelThatHasFollowersToRead() throws Exception {
        postJson("/api/metrics/followers/snapshot", Map.of())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results").isEmpty());
        expectProblem(postJson("/api/metrics/followers/snapshot", Map.of("channel", "weibo-sample")),
                HttpStatus.BAD_REQUEST, "channel")
                .andExpect(jsonPath("$.errors[0].message").value(containsString("no follower count")));
    }

    @Test
    void listenerFiguresAreEnteredPerEpisodeOrMonthForARadioSegment() throws Exception {
        Map<String, Object> episode = new LinkedHashMap<>();
        episode.put("channel", "radio-sample");
        episode.put("episode", "2026-02-27");
        episode.put("listeners", 830_000);
        episode.put("minutesOnAir", 10);
        episode.put("actor", "editor-li");
        postJson("/api/metrics/listeners", episode).andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("EPISODE"));
        Map<String, Object> month = new LinkedHashMap<>(episode);
        month.remove("episode");
        month.put("month", "2026-02");
        postJson("/api/metrics/listeners", month).andExpect(status().isOk())
                .andExpect(jsonPath("$.periodStart").value("2026-02-01"));

        mvc.perform(get("/api/metrics/listeners").param("from", "2026-02-01").param("to", "2026-02-28"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));

        Map<String, Object> future = new LinkedHashMap<>(episode);
        future.put("episode", "2026-03-04");
        expectProblem(postJson("/api/metrics/listeners", future), HttpStatus.BAD_REQUEST, "episode");
        Map<String, Object> both = new LinkedHashMap<>(month);
        both.put("episode", "2026-02-27");
        expectProblem(postJson("/api/metrics/listeners", both), HttpStatus.BAD_REQUEST, "episode");
        Map<String, Object> notRadio = new LinkedHashMap<>(episode);
        notRadio.put("channel", "weibo-sample");
        expectProblem(postJson("/api/metrics/listeners", notRadio), HttpStatus.BAD_REQUEST, "channel");
        assertThat(count("listener_figure")).isEqualTo(2);
    }

    @Test
    void aCsvImportStoresEveryRowReadFromUtf8WithAByteOrderMark() throws Exception {
        importCsv("\uFEFFchannel,period,date,listeners,minutes_on_air\r\n"
                + "radio-sample,episode,2026-02-23,810000,10\r\n"
                + "\"RADIO-SAMPLE\",EPISODE,2026-02-25,\"820000\",\r\n"
                + "radio-sample,month,2026-01,2400000,130\r\n")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3));

        assertThat(jdbc.sql("SELECT listeners FROM listener_figure ORDER BY period_start").query(Long.class).list())
                .containsExactly(2_400_000L, 810_000L, 820_000L);
    }

    @Test
    void aMalformedCsvImportIsRefusedWholeNamingLineAndColumn() throws Exception {
        importCsv("channel,period,date,listeners,minutes_on_air\n"
                + "radio-sample,episode,2026-02-23,810000,10\n"
                + "radio-sample,episode,2026-02-25,lots,10\n"
                + "radio-sample,weekly,2026-02-27,1,10\n"
                + "radio-sample,episode,2099-01-01,1,10\n"
                + "weibo-sample,episode,2026-02-20,1,10\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:malformed-csv"))
                .andExpect(jsonPath("$.detail").value(containsString("line 3, column 4 (listeners)")))
                .andExpect(jsonPath("$.errors.length()").value(4))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].column").value(4))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].columnName").value("period"))
                .andExpect(jsonPath("$.errors[2].columnName").value("date"))
                .andExpect(jsonPath("$.errors[3].columnName").value("channel"));
        importCsv("channel,period,day,listeners\nradio-sample,episode,2026-02-23,1\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].column").value(3));
        importCsv("channel,period,date,listeners\n\"radio-sample,episode,2026-02-23,1\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(2));
        mvc.perform(post("/api/metrics/listeners/import").param("actor", "editor-li").contentType("text/csv")
                        .content(new byte[] {'c', ',', (byte) 0xC3, 0x28}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("not UTF-8")));

        assertThat(count("listener_figure")).isZero();
    }
}
