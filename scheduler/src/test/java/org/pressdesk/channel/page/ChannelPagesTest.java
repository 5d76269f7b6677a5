package org.pressdesk.channel.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.channel.ChannelCredentials;
import org.pressdesk.connector.PublishException;
import org.pressdesk.control.Pause;
import org.pressdesk.control.PauseCause;
import org.pressdesk.control.PublishingControl;
import org.pressdesk.metrics.audience.FollowerSnapshot;
import org.pressdesk.metrics.audience.FollowerSnapshots;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** The channels pages: what each channel's state is, pausing and resuming it, and its credentials form. */
class ChannelPagesTest extends ApiTestSupport {

    @Autowired
    PublishingControl control;
    @Autowired
    FollowerSnapshots followers;
    @Autowired
    ChannelCredentials credentials;

    @AfterEach
    void dropEnteredCredentials() {
        credentials.clear(SECRET_CHANNEL, Set.of(), "test");
    }

    @Test
    void theListShowsEachChannelsConnectionFollowerCountAndPause() throws Exception {
        followers.store(new FollowerSnapshot("weibo-sample", LocalDate.parse("2026-03-01"), 12_345,
                T0.minus(Duration.ofHours(20)), FollowerSnapshot.Trigger.SCHEDULE));
        control.accountUnavailable("x-sample", new PublishException.AccountUnavailable(
                PublishException.AccountUnavailable.Why.QUOTA_EXHAUSTED, T0.plus(Duration.ofHours(3)), "usage cap"));
        control.pause("radio-sample", "studio closed for the holiday", "陳主任");

        String page = page("/channels", "en");

        assertThat(section(page, "channel-weibo-sample-followers")).contains("12,345", "2026-03-01 14:00");
        assertThat(section(page, "channel-x-sample-connection")).contains("Quota used up", "until 2026-03-02 13:00");
        assertThat(section(page, "channel-weibo-sample-connection")).contains("OK");
        assertThat(section(page, "channel-radio-sample-publishing"))
                .contains("Paused", "陳主任", "studio closed for the holiday");
        assertThat(section(page, "channel-weibo-sample-publishing")).contains("Publishing").doesNotContain("Paused");
    }

    @Test
    void aChannelIsPausedAndResumedFromItsPageByWhoeverIsSignedIn() throws Exception {
        mvc.perform(post("/channels/weibo-sample/pause").param("reason", "wrong text went out")
                        .with(asStaff("王小明", "ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/channels/weibo-sample"))
                .andExpect(flash().attribute("notice", "channels.paused.notice"));

        assertThat(control.pauses()).extracting(Pause::scope, Pause::pausedBy, Pause::reason, Pause::cause)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("weibo-sample", "王小明", "wrong text went out",
                        PauseCause.PERSON));
        assertThat(page("/channels/weibo-sample", "en")).contains("id=\"resume-form\"", "wrong text went out")
                .doesNotContain("id=\"pause-form\"");

        mvc.perform(post("/channels/weibo-sample/resume").with(asStaff("陳主任", "ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "channels.resumed.notice"));

        assertThat(control.pauses()).isEmpty();
        assertThat(control.history()).last().satisfies(event -> assertThat(event.actor()).isEqualTo("陳主任"));
    }

    @Test
    void aPauseWithoutAReasonIsRefusedBesideTheFieldAndNothingIsPaused() throws Exception {
        String page = mvc.perform(post("/channels/weibo-sample/pause").param("reason", "  ")
                        .param("lang", "en").with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"pause-reason-error\"", "Say why the channel is paused.");
        assertThat(control.pauses()).isEmpty();
    }

    @Test
    void pausingAPausedChannelIsRefusedKeepingTheFirstPause() throws Exception {
        control.pause("weibo-sample", "first", "陳主任");

        mvc.perform(post("/channels/weibo-sample/pause").param("reason", "second")
                        .with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isConflict());

        assertThat(control.pauses()).extracting(Pause::reason).containsExactly("first");
    }

    @Test
    void anUnknownChannelIsNotFound() throws Exception {
        mvc.perform(get("/channels/fax").with(asStaff("王小明", "ADMIN"))).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void eachChannelsPageReadsInEachLanguage(String language) throws Exception {
        control.pause("radio-sample", "holiday", "陳主任");
        for (String path : List.of("/channels", "/channels/radio-sample", "/channels/x-sample", "/channels/" + SECRET_CHANNEL)) {
            String page = page(path, language);
            assertThat(page).as(path).contains("lang=\"" + language + "\"").doesNotContain("??");
        }
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(asStaff("王小明", "ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The element with this id, up to its closing tag (for cells: enough to tell rows apart). */
    static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        int end = page.indexOf("</td>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
