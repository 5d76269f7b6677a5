package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /compose: a post created through the API's own checks, refusals beside their fields, and the live preview. */
class ComposePageTest extends ApiTestSupport {

    @Test
    void offersEveryConfiguredChannelAsACheckbox() throws Exception {
        String page = mvc.perform(get("/compose").with(asStaff("王小明", "EDITOR"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("id=\"compose-form\"", "name=\"channels\" value=\"weibo-sample\"",
                "name=\"channels\" value=\"x-sample\"", "name=\"channels\" value=\"radio-sample\"",
                "id=\"counter-radio-sample\"", "/js/compose.js");
    }

    @Test
    void savesADraftByTheSignedInEditorAtTheOfficeTimeTyped() throws Exception {
        MockHttpServletResponse response = mvc.perform(statement("draft")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        long id = Long.parseLong(response.getRedirectedUrl().substring("/posts/".length()));
        Post post = posts.findById(id).orElseThrow();
        assertThat(post.author()).isEqualTo("王小明");
        assertThat(post.title()).isEqualTo("外交部聲明");
        assertThat(post.targets()).extracting(PublishTarget::channelId).containsExactly("weibo-sample", "x-sample");
        assertThat(post.targets()).allSatisfy(target -> {
            assertThat(target.state()).isEqualTo(TargetState.DRAFT);
            assertThat(target.scheduledAt()).isEqualTo(Instant.parse("2026-03-02T07:00:00Z"));
        });
    }

    @Test
    void submitForApprovalCreatesThePostAndSubmitsIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(statement("submit")).andReturn().getResponse();

        long id = Long.parseLong(response.getRedirectedUrl().substring("/posts/".length()));
        assertThat(posts.findById(id).orElseThrow().targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.SUBMITTED);
        assertThat(posts.findById(id).orElseThrow().targets()).hasSize(2);
    }

    @Test
    void aPastTimeComesBackBesideTheScheduleWithEverythingTypedKept() throws Exception {
        MockHttpServletResponse response = mvc.perform(statement("draft", "scheduledAt", "2026-03-01T09:00",
                "lang", "en")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("is in the past", "value=\"外交部聲明\"", ">我們已經注意到有關報道。<", "value=\"2026-03-01T09:00\"")
                .containsPattern("name=\"channels\" value=\"x-sample\"[^>]*checked")
                .containsPattern("data-error-for=\"scheduledAt\">[^<]*is in the past");
        assertThat(count("post")).isZero();
    }

    @Test
    void noChannelIsRefusedBesideTheChannels() throws Exception {
        MockHttpServletResponse response = mvc.perform(statement("draft", "channels", ""))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsPattern("data-error-for=\"channels\">[^<]+<");
        assertThat(count("post")).isZero();
    }

    @Test
    void textOverAChannelsLimitIsRefusedAtTheDoorBesideThatChannel() throws Exception {
        String tooLongForX = "我們已經注意到有關報道。".repeat(20);

        MockHttpServletResponse response = mvc.perform(statement("submit", "body", tooLongForX, "lang", "en"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(422);
        String page = response.getContentAsString();
        assertThat(page).contains("A channel refuses this text as it is", tooLongForX);
        String xChoice = page.substring(page.indexOf("id=\"channel-x-sample\""));
        assertThat(xChoice.substring(0, xChoice.indexOf("</div>") + 200)).contains("the channel allows 280");
        assertThat(count("post")).isZero();
    }

    @Test
    void aKindsMissingFieldIsNamedBesideIt() throws Exception {
        MockHttpServletResponse response = mvc.perform(statement("draft", "kind", "SPOKESPERSON_ANSWER",
                "answer", "我們已經注意到有關報道。")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsPattern("data-error-for=\"question\">[^<]*required")
                .contains(">我們已經注意到有關報道。<");
    }

    @Test
    void thePreviewShowsEachChannelsLengthAndTheRadioReadTime() throws Exception {
        mvc.perform(previewOf("draft", "channels", "weibo-sample|x-sample|radio-sample"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants[*].channel",
                        Matchers.contains("weibo-sample", "x-sample", "radio-sample")))
                .andExpect(jsonPath("$.variants[1].maxLength").value(280))
                .andExpect(jsonPath("$.variants[1].lengths[0]").isNumber())
                .andExpect(jsonPath("$.variants[2].readAloud").value(true))
                .andExpect(jsonPath("$.variants[2].readTimes[0]", Matchers.matchesPattern("\\d+:\\d\\d")))
                .andExpect(jsonPath("$.variants[0].parts[0]", Matchers.containsString("我們已經注意到有關報道。")));
        assertThat(count("post")).isZero();
    }

    @Test
    void thePreviewNamesWhatCannotBeReadYetBesideItsField() throws Exception {
        mvc.perform(previewOf("draft", "title", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variants").isEmpty())
                .andExpect(jsonPath("$.errors.title").isNotEmpty());
    }

    /**
     * A statement for weibo-sample and x-sample at 15:00 today, office time, posted to {@code path}; each pair of
     * {@code changes} replaces (or adds) a field.
     */
    private static MockHttpServletRequestBuilder posted(String path, String action, String... changes) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("kind", new String[] {"STATEMENT"});
        fields.put("title", new String[] {"外交部聲明"});
        fields.put("body", new String[] {"我們已經注意到有關報道。"});
        fields.put("language", new String[] {"zh-Hant"});
        fields.put("channels", new String[] {"weibo-sample", "x-sample"});
        fields.put("schedule", new String[] {"at"});
        fields.put("scheduledAt", new String[] {TODAY + "T15:00"});
        fields.put("action", new String[] {action});
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1].isEmpty()) {
                fields.remove(changes[i]);
            } else {
                fields.put(changes[i], changes[i + 1].split("\\|"));
            }
        }
        MockHttpServletRequestBuilder request = post(path).with(asStaff("王小明", "EDITOR"));
        fields.forEach(request::param);
        return request;
    }

    private static MockHttpServletRequestBuilder statement(String action, String... changes) {
        return posted("/compose", action, changes);
    }

    private static MockHttpServletRequestBuilder previewOf(String action, String... changes) {
        return posted("/compose/preview", action, changes);
    }
}
