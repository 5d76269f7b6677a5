package org.pressdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@code /actuator/prometheus}, as the README lists it, serves Pressdesk's meters to a Prometheus scrape. */
class PrometheusScrapeTest extends ApiTestSupport {

    @Test
    void servesPressdesksMetersInThePrometheusFormat() throws Exception {
        MockHttpServletResponse scrape = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();

        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentType()).startsWith("text/plain");
        assertThat(scrape.getContentAsString())
                .contains("# TYPE pressdesk_queue_depth gauge")
                .containsPattern("(?m)^pressdesk_queue_depth(\\{[^}]*})? 0\\.0$")
                .containsPattern("(?m)^pressdesk_queue_in_flight(\\{[^}]*})? 0\\.0$")
                .containsPattern("(?m)^pressdesk_queue_lag_seconds(\\{[^}]*})? 0\\.0$");
    }
}
