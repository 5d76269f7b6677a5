package org.pressdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pressdesk.system.ApiTestSupport;

/** The reports landing page leads to the report pages and downloads for the chosen period and language. */
class ReportsLandingPageTest extends ApiTestSupport {

    @Test
    void linksTheChannelReportItsCsvAndTheDisclosureReportForThisYearInThePagesLanguage() throws Exception {
        String page = page("/reports?lang=zh-Hant");

        assertThat(page).contains("href=\"/reports/channels?year=2026&amp;lang=zh-Hant\"",
                "href=\"/api/reports/channels?year=2026&amp;format=csv\"",
                "href=\"/api/reports/daily-runs?year=2026&amp;format=csv\"",
                "href=\"/reports/disclosure/2026?lang=zh-Hant\"",
                "href=\"/reports/disclosure/2026.pdf?lang=zh-Hant\"");
    }

    @Test
    void aChosenMonthAndReportLanguageAreCarriedIntoTheLinks() throws Exception {
        String page = page("/reports?year=2011&month=12&language=en");

        assertThat(page).contains("href=\"/reports/channels?month=2011-12&amp;lang=en\"",
                "href=\"/api/reports/channels?month=2011-12&amp;format=csv\"",
                "href=\"/reports/disclosure/2011.pdf?lang=en\"", "Channel report 2011-12", "Disclosure report 2011");
    }

    @Test
    void theLinkedPagesAnswer() throws Exception {
        mvc.perform(get("/reports/channels?year=2011&lang=en")).andExpect(status().isOk());
        mvc.perform(get("/api/reports/channels?year=2011&format=csv")).andExpect(status().isOk());
        mvc.perform(get("/reports/disclosure/2011?lang=en")).andExpect(status().isOk());
    }

    @Test
    void aYearStillToComeIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
        String page = mvc.perform(get("/reports?year=2031&lang=en").with(asStaff("王小明", "EDITOR")))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"reports-year-error\"", "A year from 1949 to 2026.", "value=\"2031\"")
                .doesNotContain("id=\"report-channels-link\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hans", "zh-Hant", "en"})
    void theLandingPageReadsInEachLanguage(String language) throws Exception {
        assertThat(page("/reports?lang=" + language)).contains("lang=\"" + language + "\"").doesNotContain("??");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(asStaff("王小明", "EDITOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
