package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.system.ApiTestSupport;
import org.pressdesk.system.CsvRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The audit page and its CSV: target transitions, pauses and resumes, template saves and reverts and admin
 * actions, each read from where it is kept, filtered, paged and exported.
 */
class AuditPageTest extends ApiTestSupport {

    private static final String TEMPLATE = "/api/templates/microblog/spokesperson-answer/zh-Hant";

    @Autowired
    AdminActions adminActions;

    @Test
    void everyKindOfEventIsListedNewestFirstWithItsActor() throws Exception {
        long id = scheduledPost();
        clock.advance(Duration.ofMinutes(1));
        pause("weibo-sample", "平台維護", "值班員");
        clock.advance(Duration.ofMinutes(1));
        resume("weibo-sample", "值班員");
        clock.advance(Duration.ofMinutes(1));
        saveTemplate("【本部答問】[(${answer})]", "editor-li");
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(delete(TEMPLATE)).andExpect(status().isNoContent());
        clock.advance(Duration.ofMinutes(1));
        adminActions.record("管理員", "user.create", "李雷", "roles EDITOR");

        Document page = page("/audit", Locale.ENGLISH);

        assertThat(page.select("#audit-events tbody tr").eachAttr("data-kind")).startsWith("ADMIN", "TEMPLATE_REVERT",
                "TEMPLATE_SAVE", "RESUME", "PAUSE").contains("TRANSITION");
        assertThat(page.select("#audit-events tbody tr[data-kind=TRANSITION]")).hasSize(8); // 2 targets: queued, submitted, approved, scheduled
        assertThat(page.selectFirst("tr[data-kind=PAUSE]").text()).contains("值班員", "weibo-sample", "平台維護");
        assertThat(page.selectFirst("tr[data-kind=TEMPLATE_SAVE]").text())
                .contains("editor-li", "microblog/spokesperson-answer/zh-Hant, version 1");
        assertThat(page.selectFirst("tr[data-kind=ADMIN]").text()).contains("管理員", "user.create", "李雷", "roles EDITOR");
        assertThat(page.selectFirst("tr[data-kind=TRANSITION] a").attr("href")).isEqualTo("/posts/" + id);
        assertThat(page.selectFirst("tr[data-kind=TRANSITION]").text()).contains("Approved", "Scheduled", "陳主任");
    }

    @Test
    void filtersSelectByActorPostChannelKindAndOfficeDates() throws Exception {
        long first = scheduledPost();
        long second = scheduledPost();
        pause("x-sample", "配額用盡", "值班員");
        clock.set(Instant.parse("2026-03-03T17:00:00Z")); // 4 March, 01:00 at the office
        adminActions.record("管理員", "channel.credentials", "x-sample", "token replaced");

        assertThat(kinds("/audit?actor=陳主任")).hasSize(8).containsOnly("TRANSITION");
        assertThat(kinds("/audit?actor=值班員")).containsExactly("PAUSE");
        assertThat(kinds("/audit?post=" + second)).hasSize(8);
        assertThat(page("/audit?post=" + second, Locale.ENGLISH).select("tr[data-kind=TRANSITION] a").eachAttr("href"))
                .containsOnly("/posts/" + second);
        assertThat(kinds("/audit?channel=x-sample")).hasSize(10).contains("PAUSE", "ADMIN")
                .doesNotContain("RESUME");
        assertThat(page("/audit?channel=x-sample", Locale.ENGLISH).select("tr[data-kind=TRANSITION]"))
                .allSatisfy(row -> assertThat(row.text()).contains("x-sample"));
        assertThat(kinds("/audit?kind=ADMIN")).containsExactly("ADMIN");
        assertThat(kinds("/audit?from=2026-03-04")).containsExactly("ADMIN");
        assertThat(kinds("/audit?from=2026-03-02&to=2026-03-03")).hasSize(17).doesNotContain("ADMIN");
        assertThat(kinds("/audit?to=2026-03-01")).isEmpty();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aFilterThatCannotBeReadIsShownBesideItsFieldAsTyped() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "2026-13-01").param("post", "abc")
                        .with(asStaff("王小明", "ADMIN")).locale(Locale.ENGLISH))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#audit-from").attr("value")).isEqualTo("2026-13-01");
        assertThat(page.selectFirst("#audit-post").attr("value")).isEqualTo("abc");
        assertThat(page.select(".field.invalid .field-error").eachText())
                .containsExactly("Give a date such as 2026-03-02.", "Give a post number.");
    }

    @Test
    void eventsArePagedFiftyAtATimeAndThePagerKeepsTheFilters() throws Exception {
        for (int i = 1; i <= 60; i++) {
            clock.advance(Duration.ofSeconds(1));
            adminActions.record("管理員", "user.update", "user-" + i, null);
        }

        Document first = page("/audit?kind=ADMIN", Locale.ENGLISH);

        assertThat(first.select("#audit-events tbody tr")).hasSize(50);
        assertThat(first.selectFirst("#audit-events tbody tr").text()).contains("user-60");
        assertThat(first.selectFirst("#audit-next").attr("href")).isEqualTo("/audit?kind=ADMIN&page=1");
        assertThat(first.select("#audit-previous")).isEmpty();
        Document second = page(first.selectFirst("#audit-next").attr("href"), Locale.ENGLISH);
        assertThat(second.select("#audit-events tbody tr")).hasSize(10);
        assertThat(second.select("#audit-events tbody tr").last().text()).contains("user-1");
        assertThat(second.select("#audit-next")).isEmpty();
        assertThat(second.selectFirst("#audit-previous").attr("href")).isEqualTo("/audit?kind=ADMIN");
    }

    @Test
    void theCsvExportHasABomAHeaderRowAndEscapesWhatItMustUnderTheSameFilters() throws Exception {
        scheduledPost();
        adminActions.record("王小明", "channel.credentials", "weibo-sample", "換了令牌, 因為 \"舊的\" 洩露了");
        Document page = page("/audit?kind=ADMIN&actor=王小明", Locale.ENGLISH);
        String export = page.selectFirst("#audit-export").attr("href");
        assertThat(export).startsWith("/audit.csv?");

        MockHttpServletResponse response = mvc.perform(get(java.net.URI.create(export))
                        .with(asStaff("王小明", "ADMIN")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "audit.csv");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"換了令牌, 因為 \"\"舊的\"\" 洩露了\"");
        List<CsvRecords.CsvRecord> records = CsvRecords.read(text);
        assertThat(records.getFirst().fields()).containsExactly("When", "Who", "Kind", "Post", "Channel", "Subject",
                "From state", "To state or action", "Reason or detail");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).fields()).containsExactly("2026-03-02 10:00:00", "王小明", "ADMIN", "", "",
                "weibo-sample", "", "channel.credentials", "換了令牌, 因為 \"舊的\" 洩露了");
    }

    @Test
    void theCsvCarriesEveryMatchingEventNotOnlyThePageShown() throws Exception {
        for (int i = 1; i <= 60; i++) {
            adminActions.record("管理員", "user.update", "user-" + i, null);
        }

        String text = mvc.perform(get("/audit.csv").param("kind", "ADMIN").with(asStaff("王小明", "ADMIN"))
                .locale(Locale.forLanguageTag("zh-Hans"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<CsvRecords.CsvRecord> records = CsvRecords.read(text);
        assertThat(records).hasSize(61);
        assertThat(records.getFirst().fields().getFirst()).isEqualTo("时间");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void theAuditSpeaksEachLanguageWithNoMissingWords(String language) throws Exception {
        scheduledPost();
        pause("weibo-sample", "平台維護", "值班員");
        resume("weibo-sample", "值班員");
        saveTemplate("【本部答問】[(${answer})]", "editor-li");
        mvc.perform(delete(TEMPLATE)).andExpect(status().isNoContent());
        adminActions.record("管理員", "user.create", "李雷", null);

        String html = mvc.perform(get("/audit").param("lang", language).with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("lang=\"" + language + "\"", "id=\"audit-export\"").doesNotContain("??");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Document page(String uri, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get(java.net.URI.create(uri)).with(asStaff("王小明", "ADMIN")).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private List<String> kinds(String uri) throws Exception {
        return page(uri, Locale.ENGLISH).select("#audit-events tbody tr").eachAttr("data-kind");
    }

    private void pause(String scope, String reason, String actor) throws Exception {
        postJson("/api/control/pause", Map.of("scope", scope, "reason", reason, "actor", actor))
                .andExpect(status().isOk());
    }

    private void resume(String scope, String actor) throws Exception {
        postJson("/api/control/resume", Map.of("scope", scope, "actor", actor)).andExpect(status().isOk());
    }

    private void saveTemplate(String source, String actor) throws Exception {
        mvc.perform(put(TEMPLATE).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("source", source, "actor", actor)))).andExpect(status().isOk());
    }
}
