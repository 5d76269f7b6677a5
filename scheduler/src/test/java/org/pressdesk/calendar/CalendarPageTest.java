package org.pressdesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.post.TargetState;
import org.pressdesk.post.TargetTransition;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.pressdesk.post.AuditLog;

/**
 * The calendar page: posts on the office's days, the radio segment's episodes (radio-sample airs Monday,
 * Wednesday and Friday at 17:40), and moving a post by dragging (JSON) or with its form. The clock stands at
 * Monday 2 March 2026, 10:00 at the office.
 */
class CalendarPageTest extends ApiTestSupport {

    @Autowired
    AuditLog audit;
    @Autowired
    org.pressdesk.channel.ChannelRegistry channels;

    // --- where things are shown -------------------------------------------------------------------

    @Test
    void theWeekShowsEachPostOnItsOfficeDayEvenWhenItsUtcDayDiffers() throws Exception {
        long lateEvening = scheduledOnWeibo("2026-03-02T23:30");
        long earlyMorning = scheduledOnWeibo("2026-03-03T07:30"); // 2026-03-02T23:30Z: still the 2nd in UTC

        Document week = page("/calendar?view=week&date=2026-03-04");

        assertThat(item(week, "2026-03-02", weibo(lateEvening))).isNotNull();
        assertThat(item(week, "2026-03-02", weibo(lateEvening)).selectFirst(".time").text()).isEqualTo("23:30");
        assertThat(item(week, "2026-03-03", weibo(lateEvening))).isNull();
        assertThat(item(week, "2026-03-03", weibo(earlyMorning))).isNotNull();
        assertThat(item(week, "2026-03-02", weibo(earlyMorning))).isNull();
        assertThat(week.select("#calendar td.day")).extracting(day -> day.attr("data-date"))
                .containsExactly("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07",
                        "2026-03-08");
    }

    @Test
    void theMonthShowsEachPostOnItsOfficeDayInWholeWeeks() throws Exception {
        long lateEvening = scheduledOnWeibo("2026-03-02T23:30");
        long earlyMorning = scheduledOnWeibo("2026-03-03T07:30");

        Document month = page("/calendar?view=month&date=2026-03-15");

        assertThat(item(month, "2026-03-02", weibo(lateEvening))).isNotNull();
        assertThat(item(month, "2026-03-03", weibo(earlyMorning))).isNotNull();
        assertThat(item(month, "2026-03-02", weibo(earlyMorning))).isNull();
        // 1 March 2026 is a Sunday: the grid starts on Monday 23 February and ends on Sunday 5 April.
        List<String> days = month.select("#calendar td.day").eachAttr("data-date");
        assertThat(days).hasSize(42).startsWith("2026-02-23").endsWith("2026-04-05");
        assertThat(month.selectFirst("td.day[data-date=2026-02-23]").hasClass("outside")).isTrue();
        assertThat(month.selectFirst("td.day[data-date=2026-03-31]").hasClass("outside")).isFalse();
    }

    @Test
    void eachItemShowsItsTitleStateChannelAndLinksToItsPost() throws Exception {
        long id = scheduledPost();

        Document week = page("/calendar?view=week&date=2026-03-02", Locale.ENGLISH);

        Element item = item(week, "2026-03-02", targetId(id, "x-sample"));
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("/posts/" + id);
        assertThat(item.selectFirst("a").text()).isEqualTo("外交部發言人答記者問");
        assertThat(item.selectFirst(".state").text()).isEqualTo("Scheduled");
        assertThat(item.selectFirst(".channel").text()).isEqualTo("x-sample");
        assertThat(item.selectFirst(".time").text()).isEqualTo("15:00");
        assertThat(item.attr("draggable")).isEqualTo("true");
        assertThat(item.select("form input[name=at]").attr("value")).isEqualTo("2026-03-02T15:00");
    }

    @Test
    void aChannelFilterShowsThatChannelsPostsOnly() throws Exception {
        long id = scheduledPost();

        Document week = page("/calendar?view=week&date=2026-03-02&channel=x-sample");

        assertThat(week.select("#calendar [data-target-id]")).extracting(element -> element.attr("data-target-id"))
                .containsExactly(String.valueOf(targetId(id, "x-sample")));
        assertThat(week.select("#calendar .episode")).isEmpty();
    }

    @Test
    void theRadioSegmentsEpisodesAppearAtTheirAirTimeOnTheDaysTheyAir() throws Exception {
        Document week = page("/calendar?view=week&date=2026-03-02&channel=radio-sample");

        for (String day : List.of("2026-03-02", "2026-03-04", "2026-03-06")) {
            Element episode = week.selectFirst("td.day[data-date=" + day + "] .episode[data-channel=radio-sample]");
            assertThat(episode).as(day).isNotNull();
            assertThat(episode.selectFirst(".time").text()).isEqualTo("17:40");
        }
        for (String day : List.of("2026-03-03", "2026-03-05", "2026-03-07", "2026-03-08")) {
            assertThat(week.select("td.day[data-date=" + day + "] .episode")).as(day).isEmpty();
        }
    }

    @Test
    void anEpisodeListsTheItemsQueuedInIt() throws Exception {
        String title = "外交服務站測試條目 " + java.util.UUID.randomUUID();
        channels.require("radio-sample").publish(org.pressdesk.connector.ChannelContent.of(
                org.pressdesk.content.ContentKind.SPOKESPERSON_ANSWER, org.pressdesk.content.ContentLanguage.ZH_HANT,
                title, "問：中方對此有何評論？答：我們歡迎各方恢復對話。", Instant.parse("2026-03-04T01:00:00Z")),
                "calendar-" + java.util.UUID.randomUUID());

        Document week = page("/calendar?view=week&date=2026-03-02&channel=radio-sample");

        assertThat(week.select("td.day[data-date=2026-03-04] .episode .episode-items li").eachText()).contains(title);
        assertThat(week.select("td.day[data-date=2026-03-02] .episode .episode-items li").eachText())
                .doesNotContain(title);
    }

    // --- moving a post ------------------------------------------------------------------------------

    @Test
    void draggingAScheduledPostMovesThatChannelsTargetAsTheSignedInUser() throws Exception {
        long id = scheduledPost();
        long weibo = targetId(id, "weibo-sample");

        mvc.perform(post("/calendar/targets/{id}/move", weibo).param("at", "2026-03-04T09:30")
                        .with(asStaff("李主任", "EDITOR")).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.date").value("2026-03-04"))
                .andExpect(jsonPath("$.time").value("09:30"))
                .andExpect(jsonPath("$.message").value("\u201c外交部發言人答記者問\u201d now goes out at 2026-03-04 09:30."));

        assertThat(target(id, "weibo-sample").scheduledAt()).isEqualTo(Instant.parse("2026-03-04T01:30:00Z"));
        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(target(id, "x-sample").scheduledAt()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        TargetTransition last = audit.history(id).getLast();
        assertThat(last.actor()).isEqualTo("李主任");
        assertThat(last.targetId()).isEqualTo(weibo);
        assertThat(item(page("/calendar?view=week&date=2026-03-02"), "2026-03-04", weibo)).isNotNull();
    }

    @Test
    void aPublishedPostStaysWhereItIsAndTheRefusalIsShown() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        String before = storedState();

        mvc.perform(post("/calendar/targets/{id}/move", targetId(id, "weibo-sample")).param("at", "2026-03-04T09:30")
                        .with(asStaff("李主任", "EDITOR")).locale(Locale.ENGLISH))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.message").value("\u201c外交部發言人答記者問\u201d cannot be moved: it is Published."));

        assertThat(storedState()).isEqualTo(before);
        Element item = item(page("/calendar?view=week&date=2026-03-02"), "2026-03-02", targetId(id, "weibo-sample"));
        assertThat(item.attr("draggable")).isEqualTo("false");
        assertThat(item.select("form")).isEmpty();
    }

    @Test
    void aTimeThatHasPassedIsRefusedWithAMessage() throws Exception {
        long id = scheduledPost();
        String before = storedState();

        mvc.perform(post("/calendar/targets/{id}/move", targetId(id, "weibo-sample")).param("at", "2026-03-01T09:00")
                        .with(asStaff("李主任", "EDITOR")).locale(Locale.forLanguageTag("zh-Hans")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.message").value("2026-03-01 09:00 已经过去，请选更晚的时间。"));

        assertThat(storedState()).isEqualTo(before);
    }

    @Test
    void theFormMovesAPostAndReturnsToTheSameCalendarWithANotice() throws Exception {
        long id = scheduledPost();

        mvc.perform(post("/calendar/targets/{id}/reschedule", targetId(id, "x-sample"))
                        .param("at", "2026-03-05T16:45").param("view", "month").param("date", "2026-03-02")
                        .param("channel", "x-sample").with(asStaff("李主任", "EDITOR")).locale(Locale.ENGLISH))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/calendar?view=month&date=2026-03-02&channel=x-sample"))
                .andExpect(flash().attribute("notice", "\u201c外交部發言人答記者問\u201d now goes out at 2026-03-05 16:45."));

        assertThat(target(id, "x-sample").scheduledAt()).isEqualTo(Instant.parse("2026-03-05T08:45:00Z"));
    }

    @Test
    void theFormShowsARefusalAsAnAlertAndChangesNothing() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        String before = storedState();

        mvc.perform(post("/calendar/targets/{id}/reschedule", targetId(id, "x-sample"))
                        .param("at", "2026-03-05T16:45").with(asStaff("李主任", "EDITOR")).locale(Locale.ENGLISH))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("alert", "\u201c外交部發言人答記者問\u201d cannot be moved: it is Published."));

        assertThat(storedState()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void theCalendarSpeaksEachLanguageWithNoMissingWords(String language) throws Exception {
        long id = scheduledPost();
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        for (String view : List.of("week", "month")) {
            String html = mvc.perform(get("/calendar").param("view", view).param("date", TODAY).param("lang", language)
                    .with(asStaff("王小明", "EDITOR"))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();

            assertThat(html).contains("lang=\"" + language + "\"", "id=\"calendar\"", "data-target-id=")
                    .doesNotContain("??");
        }
    }

    @Test
    void aDateThatIsNoDateIsShownBesideTheFieldAsTyped() throws Exception {
        String html = mvc.perform(get("/calendar").param("date", "2026-02-30").with(asStaff("王小明", "EDITOR"))
                .locale(Locale.ENGLISH)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("#calendar-date").attr("value")).isEqualTo("2026-02-30");
        assertThat(page.selectFirst(".field.invalid .field-error").text()).isEqualTo("Give a date such as 2026-03-02.");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private long scheduledOnWeibo(String at) throws Exception {
        Map<String, Object> post = aPost();
        post.put("scheduledAt", at);
        post.put("targets", new java.util.ArrayList<>(List.of(target("weibo-sample"))));
        return scheduled(post);
    }

    private long weibo(long postId) {
        return targetId(postId, "weibo-sample");
    }

    private Document page(String uri) throws Exception {
        return page(uri, Locale.forLanguageTag("zh-Hans"));
    }

    private Document page(String uri, Locale locale) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).with(asStaff("王小明", "EDITOR")).locale(locale))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static Element item(Document page, String day, long targetId) {
        return page.selectFirst("#calendar td.day[data-date=" + day + "] [data-target-id=" + targetId + "]");
    }
}
