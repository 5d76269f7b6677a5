package org.pressdesk.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sample year 2011 is built from raw records (posts, publication records, daily follower counts,
 * radio episodes, a calendar of press conferences) and the disclosure report drafted from them states
 * the ministry's figures.
 */
class SampleYear2011Test extends ApiTestSupport {

    private static final List<String> TABLES = List.of("office_figure", "disclosure_remarks", "publication_record",
            "follower_snapshot", "listener_figure", "sample_data_set", "engagement_reading", "engagement_latest", "daily_run_post");

    @Autowired
    SampleDataLoader loader;

    @BeforeEach
    @AfterEach
    void noSampleData() {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        for (String table : List.of("target_transition", "publish_target", "post")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    private String report(String lang) throws Exception {
        String html = mvc.perform(get("/reports/disclosure/2011?lang=" + lang)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).text();
    }

    private static long number(String text, String regex) {
        Matcher found = Pattern.compile(regex).matcher(text);
        assertThat(found.find()).as("%s in %s", regex, text).isTrue();
        return Long.parseLong(found.group(1).replace(",", ""));
    }

    @Test
    void theReportOfTheSampleYearStatesTheMinistrysFigures() throws Exception {
        assertThat(loader.load(2011)).isTrue();

        String text = report("zh-Hant");

        long posts = number(text, "「外交小靈通」新浪微博（樣例）全年發佈([\\d,]+)條");
        long followers = number(text, "至年底擁有粉絲([\\d,]+)人");
        long episodes = number(text, "全年播出([\\d,]+)期");
        long conferences = number(text, "全年共舉行例行記者會([\\d,]+)場");
        long answers = number(text, "發佈發言人答記者問([\\d,]+)個");
        assertThat(posts).as("近2300條微博").isBetween(2_200L, 2_299L);
        assertThat(followers).as("粉絲120多萬").isBetween(1_200_000L, 1_299_999L);
        assertThat(episodes).as("8月1日起每週3期").isBetween(63L, 67L);
        assertThat(conferences).isEqualTo(133);
        assertThat(answers).as("近2000個").isBetween(1_900L, 1_999L);
        assertThat(text).contains("門戶網站主動發佈信息達189,127條", "重要講話 1,421", "聲明公報 912", "條約文件 625",
                "外交動態信息 64,875", "駐外外交機構消息稿 13,838", "服務信息 4,540", "公眾郵件 572",
                "219個駐外外交機構開通網站", "舉辦論壇4屆", "解密檔案81,487件", "2,013人次", "借閱檔案45,753份",
                "共受理政府信息公開申請10件", "均已按《條例》有關規定及時答覆", "無因依申請公開信息收取或減免費用情況",
                "無因政府信息公開申請行政復議、提起行政訴訟的情況", "存在地域跨度大、時間可控性差等困難");
    }

    @Test
    void theSampleIsBuiltFromRawRecordsTheSameWayEveryTime() {
        loader.load(2011);

        assertThat(jdbc.sql("SELECT COUNT(DISTINCT post_id) FROM publish_target").query(Long.class).single())
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM publication_record").query(Long.class).single());
        assertThat(jdbc.sql("SELECT MIN(office_date) FROM publication_record WHERE channel_id = 'weibo-sample'")
                .query(String.class).single()).startsWith("2011-04");
        assertThat(jdbc.sql("SELECT MIN(period_start) FROM listener_figure").query(String.class).single())
                .isEqualTo("2011-08-01");
        List<Long> followers = jdbc.sql("SELECT followers FROM follower_snapshot ORDER BY snapshot_date")
                .query(Long.class).list();
        assertThat(followers).hasSizeGreaterThan(250).isSorted();
        assertThat(count("engagement_latest")).as("every Weibo post's engagement read a week later")
                .isEqualTo(jdbc.sql("SELECT COUNT(*) FROM publication_record WHERE channel_id = 'weibo-sample'")
                        .query(Long.class).single());
        String first = fingerprint();

        noSampleData();
        loader.load(2011);

        assertThat(fingerprint()).isEqualTo(first);
    }

    @Test
    void theConferencesAreImportedAsTheDailyRunImportsThemNotTypedInAsOfficeFigures() throws Exception {
        loader.load(2011);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM office_figure WHERE figure IN ('press-conferences', 'spokesperson-answers')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT conference_date) FROM daily_run_post").query(Long.class).single())
                .isEqualTo(133);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM daily_run_post r JOIN post p ON p.id = r.post_id
                         WHERE p.source_conference_date = r.conference_date
                           AND ((r.item_number = 0 AND p.kind = 'BRIEFING_SUMMARY' AND p.source_question_number IS NULL)
                             OR (r.item_number > 0 AND p.kind = 'SPOKESPERSON_ANSWER' AND p.source_question_number = r.item_number))""")
                .query(Long.class).single()).as("every record points at its summary or answer")
                .isEqualTo(count("daily_run_post"));
        mvc.perform(get("/api/reports/daily-runs?year=2011")).andExpect(status().isOk())
                .andExpect(jsonPath("$.conferences").value(133))
                .andExpect(jsonPath("$.answers").value(org.hamcrest.Matchers.both(
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1_900)).and(org.hamcrest.Matchers.lessThan(2_000))));
    }

    @Test
    void loadingTheSampleAgainAddsNothing() {
        assertThat(loader.load(2011)).isTrue();
        long posts = count("post");
        long snapshots = count("follower_snapshot");

        assertThat(loader.load(2011)).isFalse();

        assertThat(count("post")).isEqualTo(posts);
        assertThat(count("follower_snapshot")).isEqualTo(snapshots);
    }

    @Test
    void aYearWithoutASampleIsRefusedNamingTheOneThereIs() {
        assertThatThrownBy(() -> loader.load(2012)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pressdesk.samples.seed-year").hasMessageContaining("2011");
        assertThat(count("sample_data_set")).isZero();
    }

    private String fingerprint() {
        return jdbc.sql("""
                        SELECT COUNT(*), SUM(LENGTH(title)), MIN(office_date), MAX(office_date)
                          FROM publication_record""")
                .query((row, n) -> row.getLong(1) + "/" + row.getLong(2) + "/" + row.getString(3) + "/"
                        + row.getString(4))
                .single()
               + " " + jdbc.sql("SELECT SUM(followers) FROM follower_snapshot").query(Long.class).single()
               + " " + jdbc.sql("SELECT SUM(listeners) FROM listener_figure").query(Long.class).single()
               + " " + jdbc.sql("SELECT SUM(score) FROM engagement_latest").query(Long.class).single()
               + " " + jdbc.sql("""
                        SELECT COUNT(*) || '/' || SUM(LENGTH(p.title)) || '/' || SUM(r.item_number) FROM daily_run_post r
                          JOIN post p ON p.id = r.post_id""").query(String.class).single();
    }
}
