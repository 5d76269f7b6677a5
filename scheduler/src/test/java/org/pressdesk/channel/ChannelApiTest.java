package org.pressdesk.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.MediaType;

/** GET /api/channels: what a client needs to compose a post, and never a secret. */
class ChannelApiTest extends ApiTestSupport {

    @Test
    void listsTheConfiguredChannelsWithTheirCapabilities() throws Exception {
        mvc.perform(get("/api/channels"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$[*].id", contains("radio-sample", "weibo-sample", SECRET_CHANNEL, "x-sample")))
                .andExpect(jsonPath("$[*].type", contains("radio-script", "outbox", "outbox", "x")))
                .andExpect(jsonPath("$[1].displayName").value("「外交小靈通」新浪微博（樣例）"))
                .andExpect(jsonPath("$[3].displayName").value("X account (sample)"))
                .andExpect(jsonPath("$[3].capabilities.maxLength").value(280))
                .andExpect(jsonPath("$[3].capabilities.lengthCounting").value("TWITTER_WEIGHTED"))
                .andExpect(jsonPath("$[3].capabilities.threads").value(true))
                .andExpect(jsonPath("$[3].capabilities.media").value(false))
                .andExpect(jsonPath("$[3].capabilities.idempotentPublish").value(true))
                .andExpect(jsonPath("$[3].capabilities.idempotencyWindow").value("forever"))
                .andExpect(jsonPath("$[3].capabilities.audience").value(false))
                .andExpect(jsonPath("$[1].capabilities.maxLength").value(2000))
                .andExpect(jsonPath("$[0].capabilities.lengthCounting").value("READ_TIME_SECONDS"))
                .andExpect(jsonPath("$[0].capabilities.threads").value(false))
                .andExpect(jsonPath("$[2].capabilities.maxLength").value(0))
                .andExpect(jsonPath("$[2].capabilities.lengthCounting").value("NONE"));
    }

    @Test
    void showsOnlyWhetherCredentialsAreSetNeverThemOrTheSettings() throws Exception {
        String body = mvc.perform(get("/api/channels"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].credentialsSet").value(false))
                .andExpect(jsonPath("$[2].id").value(SECRET_CHANNEL))
                .andExpect(jsonPath("$[2].credentialsSet").value(true))
                .andExpect(jsonPath("$[2].displayName").value("Wire service (sample)"))
                .andExpect(jsonPath("$[*].credentials").isEmpty())
                .andExpect(jsonPath("$[*].settings").isEmpty())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain(SECRET).doesNotContain("api-token").doesNotContain("folder");
    }
}
