package org.pressdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.MediaType;

/** The channel report as a page: charts drawn on the server as SVG, in three languages, without script. */
class ChannelReportPageTest extends ApiTestSupport {

    @BeforeEach
    void aYearOnTwoChannels() {
        for (String table : List.of("publication_record", "follower_snapshot", "listener_figure")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        published(1, "weibo-sample", LocalDate.of(2011, 4, 20));
        published(2, "weibo-sample", LocalDate.of(2011, 4, 21));
        published(3, "weibo-sample", LocalDate.of(2011, 12, 30));
        published(4, "x-sample", LocalDate.of(2011, 12, 30));
        snapshot("weibo-sample", LocalDate.of(2011, 4, 30), 20_000);
        snapshot("weibo-sample", LocalDate.of(2011, 8, 31), 400_000);
        snapshot("weibo-sample", LocalDate.of(2011, 12, 31), 1_203_456);
    }

    private void published(long target, String channel, LocalDate date) {
        var at = date.atTime(2, 0).atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        INSERT INTO publication_record (target_id, post_id, channel_id, channel_type, kind, language, title,
                            outcome, due_at, published_at, occurred_at, office_date, lag_ms, attempts, latest)
                        VALUES (?, ?, ?, 'outbox', 'SPOKESPERSON_ANSWER', 'zh-Hant', '答記者問', 'PUBLISHED',
                            ?, ?, ?, ?, 1000, 1, TRUE)""")
                .params(target, target, channel, at, at, at, date).update();
    }

    private void snapshot(String channel, LocalDate date, long followers) {
        jdbc.sql("""
                        INSERT INTO follower_snapshot (channel_id, snapshot_date, followers, read_at, trigger_source)
                        VALUES (?, ?, ?, ?, 'IMPORT')""")
                .params(channel, date, followers, date.atTime(4, 0).atOffset(ZoneOffset.UTC)).update();
    }

    private Document page(String uri) throws Exception {
        String html = mvc.perform(get(uri)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("??").doesNotContainIgnoringCase("<script");
        return Jsoup.parse(html);
    }

    @Test
    void followerGrowthIsALinePerAccountWithEachMonthsCount() throws Exception {
        Document page = page("/reports/channels?year=2011&lang=en");

        Element chart = page.select("svg").first();
        assertThat(chart).isNotNull();
        List<Element> lines = chart.select("polyline");
        assertThat(lines).hasSize(1);
        // April to December: a point for every month from the first snapshot on.
        assertThat(lines.getFirst().attr("points").split(" ")).hasSize(9);
        assertThat(chart.select("circle > title").eachText())
                .contains("「外交小靈通」新浪微博（樣例） · Apr 20,000", "「外交小靈通」新浪微博（樣例） · Dec 1,203,456");
        assertThat(chart.select("text").eachText()).contains("Jan", "Dec", "2,000,000");
    }

    @Test
    void postsPerMonthAreBarsPerChannel() throws Exception {
        Document page = page("/reports/channels?year=2011&lang=en");

        Element chart = page.select("svg").get(1);
        assertThat(chart.select("rect")).hasSize(24);
        assertThat(chart.select("rect > title").eachText()).contains("「外交小靈通」新浪微博（樣例） · Apr · 2",
                "「外交小靈通」新浪微博（樣例） · Dec · 1", "X account (sample) · Dec · 1");
        double tallest = chart.select("rect").stream().mapToDouble(bar -> Double.parseDouble(bar.attr("height")))
                .max().orElseThrow();
        Element april = chart.select("rect").stream().filter(bar -> bar.text().endsWith("Apr · 2")).findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(april.attr("height"))).isEqualTo(tallest);
    }

    @Test
    void theFiguresAreWrittenInEachLanguage() throws Exception {
        assertThat(page("/reports/channels?year=2011&lang=zh-Hant").text()).contains("渠道報告（2011-01-01至2011-12-31）",
                "各賬號粉絲數（每月月底）", "已發佈", "20,000 → 1,203,456（+1,183,456）", "發言人答記者問");
        assertThat(page("/reports/channels?year=2011&lang=en").select("section th").eachText())
                .startsWith("Published", "Spokesperson answers", "Failed");
        assertThat(page("/reports/channels?year=2011&lang=zh-Hans").text()).contains("渠道报告", "各渠道每月发布条数");
        assertThat(page("/reports/channels?month=2011-12&lang=en").text()).contains(
                "Channel report, 2011-12-01 to 2011-12-31", "Spokesperson answers");
        assertThat(page("/reports/channels?year=2011&lang=en").select("nav a").eachAttr("href"))
                .contains("/reports/channels?year=2011&lang=zh-Hant");
    }

    @Test
    void aPeriodWithoutRecordsIsAnEmptyPage() throws Exception {
        assertThat(page("/reports/channels?year=2010&lang=en").text()).contains(
                "Nothing was recorded on any channel in this period.", "No follower counts were recorded");
    }

    @Test
    void aPeriodThatCannotBeReadOrAnUnknownLanguageIsRefused() throws Exception {
        mvc.perform(get("/reports/channels?from=2011-12-31&to=2011-01-01")).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/channels")).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/channels?year=2011&lang=de")).andExpect(status().isBadRequest());
    }
}
