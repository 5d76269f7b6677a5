package org.pressdesk.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The yearly disclosure report drafted from the records: office figures, publication records,
 * follower snapshots, radio listener figures and the remarks staff write, as a page in three languages
 * and as a PDF whose Chinese text can be read back.
 */
class DisclosureReportPageTest extends ApiTestSupport {

    @BeforeEach
    void noRecords() {
        for (String table : List.of("office_figure", "disclosure_remarks", "publication_record", "follower_snapshot",
                "listener_figure")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private void recordTheYear() throws Exception {
        String csv = """
                year,figure,category,value
                2011,press-conferences,,133
                2011,spokesperson-answers,,1998
                2011,portal-items,,189127
                2011,portal-items,important-speech,1421
                2011,portal-items,treaty-document,625
                2011,requests-received,,10
                2011,requests-answered,disclosed,10
                2011,fees-charged,,0
                2011,fees-waived,,0
                2011,administrative-reviews,,0
                2011,lawsuits,,0
                """;
        mvc.perform(post("/api/office-figures/import?actor=editor-li").contentType("text/csv")
                .content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());
        published(1, "weibo-sample", LocalDate.of(2011, 4, 20));
        published(2, "weibo-sample", LocalDate.of(2011, 12, 30));
        published(3, "radio-sample", LocalDate.of(2011, 8, 1));
        snapshot("weibo-sample", LocalDate.of(2011, 4, 20), 1_000);
        snapshot("weibo-sample", LocalDate.of(2011, 12, 31), 1_203_456);
        jdbc.sql("""
                        INSERT INTO listener_figure (channel_id, period_kind, period_start, listeners, minutes_on_air,
                            entered_by, entered_at) VALUES ('radio-sample', 'EPISODE', DATE '2011-08-01', 50000, 5,
                            'editor-li', TIMESTAMP WITH TIME ZONE '2011-08-02 00:00:00+00')""").update();
        mvc.perform(put("/api/reports/disclosure/2011/remarks").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("actor", "editor-li", "language", "zh-Hant",
                        "problems", "申請多涉及國外産生的信息。", "improvements", "進一步加強制度建設。"))))
                .andExpect(status().isOk());
    }

    private void published(long target, String channel, LocalDate date) {
        jdbc.sql("""
                        INSERT INTO publication_record (target_id, post_id, channel_id, channel_type, kind, language, title,
                            outcome, due_at, published_at, occurred_at, office_date, lag_ms, attempts, latest)
                        VALUES (?, ?, ?, 'outbox', 'SPOKESPERSON_ANSWER', 'zh-Hant', '答記者問', 'PUBLISHED',
                            ?, ?, ?, ?, 0, 1, TRUE)""")
                .params(target, target, channel, date.atTime(2, 0).atOffset(java.time.ZoneOffset.UTC),
                        date.atTime(2, 0).atOffset(java.time.ZoneOffset.UTC),
                        date.atTime(2, 0).atOffset(java.time.ZoneOffset.UTC), date)
                .update();
    }

    private void snapshot(String channel, LocalDate date, long followers) {
        jdbc.sql("""
                        INSERT INTO follower_snapshot (channel_id, snapshot_date, followers, read_at, trigger_source)
                        VALUES (?, ?, ?, ?, 'SCHEDULE')""")
                .params(channel, date, followers, date.atTime(4, 0).atOffset(java.time.ZoneOffset.UTC)).update();
    }

    private String page(String uri) throws Exception {
        String html = mvc.perform(get(uri)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("??");
        return Jsoup.parse(html).text();
    }

    @Test
    void theReportStatesTheYearsRecordsInTraditionalChinese() throws Exception {
        recordTheYear();

        String text = page("/reports/disclosure/2011?lang=zh-Hant");

        assertThat(text).contains("2011年政府信息公開工作年度報告", "一、概述", "二、主動公開信息情況",
                "統計期限自2011年1月1日起至2011年12月31日止",
                "門戶網站主動發佈信息達189,127條", "重要講話 1,421", "條約文件 625",
                "「外交小靈通」新浪微博（樣例）全年發佈2條，至年底擁有粉絲1,203,456人",
                "播出1期，播報1條，播出5分鐘",
                "全年共舉行例行記者會133場", "發佈發言人答記者問1,998個",
                "三、依申請公開信息和不予公開信息情況", "共受理政府信息公開申請10件", "均已按《條例》有關規定及時答覆",
                "四、收費及減免情況", "我部無因依申請公開信息收取或減免費用情況",
                "五、行政復議或行政訴訟情況", "無因政府信息公開申請行政復議、提起行政訴訟的情況",
                "六、存在的主要問題及改進措施", "申請多涉及國外産生的信息。", "進一步加強制度建設。");
    }

    @Test
    void theReportIsWrittenInSimplifiedChineseAndEnglishToo() throws Exception {
        recordTheYear();

        assertThat(page("/reports/disclosure/2011?lang=zh-Hans")).contains("2011年政府信息公开工作年度报告",
                "全年共举行例行记者会133场", "门户网站主动发布信息达189,127条", "重要讲话 1,421", "尚未填写");
        assertThat(page("/reports/disclosure/2011?lang=en")).contains(
                "Report on Government Information Disclosure Work, 2011", "held 133 regular press conferences",
                "189,127 items", "Important speeches 1,421", "received 10 requests", "All were answered in time",
                "no fees were charged or waived", "Not written yet");
        assertThat(page("/reports/disclosure/2011")).contains("2011年政府信息公开工作年度报告");
    }

    @Test
    void aYearWithoutRecordsIsAnEmptyReportNotAnError() throws Exception {
        assertThat(page("/reports/disclosure/2010?lang=en")).contains("Nothing was recorded for 2010",
                "No figures were recorded.");
    }

    @Test
    void anUnknownLanguageOrAYearStillToComeIsRefused() throws Exception {
        mvc.perform(get("/reports/disclosure/2011?lang=fr")).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/disclosure/2027")).andExpect(status().isNotFound());
    }

    @Test
    void thePdfHoldsTheReportAsSelectableChineseText() throws Exception {
        recordTheYear();

        byte[] pdf = mvc.perform(get("/reports/disclosure/2011.pdf?lang=zh-Hant")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("2011年政府信息公開工作年度報告", "全年共舉行例行記者會133場",
                    "門戶網站主動發佈信息達189,127條", "發佈發言人答記者問1,998個", "重要講話", "1,421",
                    "至年底擁有粉絲1,203,456人", "進一步加強制度建設。")
                    .as("the page's links to other languages are not printed").doesNotContain("English");
        }
    }

    @Test
    void remarksAreKeptWithTheReportPerLanguageAndRefusedWhenIncomplete() throws Exception {
        recordTheYear();

        mvc.perform(get("/api/reports/disclosure/2011/remarks/zh-Hant")).andExpect(status().isOk())
                .andExpect(jsonPath("$.problems").value("申請多涉及國外産生的信息。"))
                .andExpect(jsonPath("$.savedBy").value("editor-li"));
        expectProblem(mvc.perform(get("/api/reports/disclosure/2011/remarks/en")), HttpStatus.NOT_FOUND);
        expectProblem(mvc.perform(put("/api/reports/disclosure/2011/remarks").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("actor", "editor-li", "language", "fr",
                                "problems", "", "improvements", "x")))),
                HttpStatus.BAD_REQUEST, "language", "problems");
        mvc.perform(get("/api/reports/disclosure/2011/remarks/zh-Hant"))
                .andExpect(jsonPath("$.improvements").value("進一步加強制度建設。"));
    }
}
