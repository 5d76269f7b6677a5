package org.pressdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** The layout speaks the language the person picked, else their browser's, else Simplified Chinese. */
class LayoutTest extends ApiTestSupport {

    @Test
    void aBrowserAskingForNoLanguageThePagesCarryReadsSimplifiedChinese() throws Exception {
        String page = mvc.perform(get(LayoutProbe.PATH).locale(Locale.GERMAN)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("lang=\"zh-Hans\"", "发布队列").doesNotContain("??");
    }

    @Test
    void aBrowserAskingForTaiwaneseChineseReadsTraditional() throws Exception {
        String page = mvc.perform(get(LayoutProbe.PATH).locale(Locale.forLanguageTag("zh-TW")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("lang=\"zh-Hant\"", "發布佇列");
    }

    @Test
    void theSwitcherKeepsTheChoiceInACookieOverTheBrowsersLanguage() throws Exception {
        MockHttpServletResponse switched = mvc.perform(get(LayoutProbe.PATH).param("lang", "en")
                .locale(Locale.SIMPLIFIED_CHINESE)).andReturn().getResponse();
        Cookie choice = switched.getCookie("pressdesk-lang");

        assertThat(switched.getContentAsString()).contains("lang=\"en\"", ">Queue<");
        assertThat(choice).isNotNull();
        String later = mvc.perform(get(LayoutProbe.PATH).cookie(choice).locale(Locale.SIMPLIFIED_CHINESE))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).contains("lang=\"en\"", ">Queue<");
    }

    @Test
    void eachLanguageLinkKeepsThePageAndItsQuery() throws Exception {
        String page = mvc.perform(get(LayoutProbe.PATH + "?state=FAILED"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"http://localhost" + LayoutProbe.PATH + "?state=FAILED&amp;lang=zh-Hant\"");
    }
}
