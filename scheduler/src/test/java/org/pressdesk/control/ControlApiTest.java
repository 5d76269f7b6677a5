package org.pressdesk.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.post.TargetState;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;

/** The emergency controls as a press officer uses them: pause, see what is paused, resume; and every refusal. */
class ControlApiTest extends ApiTestSupport {

    private ResultActions pause(String scope, String reason, String actor) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        body.put("reason", reason);
        body.put("actor", actor);
        return postJson("/api/control/pause", body);
    }

    private ResultActions resume(String scope, String actor) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scope", scope);
        body.put("actor", actor);
        return postJson("/api/control/resume", body);
    }

    @Test
    void showsWhatIsPausedSinceWhenByWhomAndWhy() throws Exception {
        mvc.perform(get("/api/control")).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishing").value("everywhere"))
                .andExpect(jsonPath("$.paused").isEmpty());

        pause("ALL", "國喪期間暫停發布", "Director Zhang").andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("all"));
        clock.advance(Duration.ofMinutes(5));
        pause("Ｘ-SAMPLE", "account may be compromised", "editor-li").andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("x-sample"));

        mvc.perform(get("/api/control")).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishing").value("nowhere"))
                .andExpect(jsonPath("$.staleness").value("PT6H"))
                .andExpect(jsonPath("$.paused[*].scope", contains("all", "x-sample")))
                .andExpect(jsonPath("$.paused[0].reason").value("國喪期間暫停發布"))
                .andExpect(jsonPath("$.paused[0].pausedBy").value("director zhang"))
                .andExpect(jsonPath("$.paused[0].cause").value("PERSON"))
                .andExpect(jsonPath("$.paused[0].pausedAt").value(shown(TODAY + "T10:00")))
                .andExpect(jsonPath("$.paused[1].pausedAt").value(shown(TODAY + "T10:05")));

        resume("all", "Director Zhang").andExpect(status().isOk());
        mvc.perform(get("/api/control")).andExpect(status().isOk())
                .andExpect(jsonPath("$.publishing").value("partly"))
                .andExpect(jsonPath("$.paused[*].scope", contains("x-sample")));
    }

    @Test
    void resumingFreesThePausedScopeAndNamesWhatWasHeldBack() throws Exception {
        long postId = scheduledPost();
        pause("weibo-sample", "crisis", "director-zhang").andExpect(status().isOk());
        clock.set(T0.plus(Duration.ofHours(12)));

        resume("weibo-sample", "director-zhang").andExpect(status().isOk())
                .andExpect(jsonPath("$.scope").value("weibo-sample"))
                .andExpect(jsonPath("$.heldBack[0].postId").value(postId))
                .andExpect(jsonPath("$.heldBack[0].channel").value("weibo-sample"));

        getPost(postId).andExpect(jsonPath("$.targets[0].channel").value("weibo-sample"))
                .andExpect(jsonPath("$.targets[0].state").value("HELD"))
                .andExpect(jsonPath("$.targets[1].state").value("SCHEDULED"));
        mvc.perform(get("/api/posts/{id}/history", postId))
                .andExpect(jsonPath("$[-1].to").value("HELD"))
                .andExpect(jsonPath("$[-1].reason", containsString("reschedule or cancel")));
        mvc.perform(get("/api/control")).andExpect(jsonPath("$.paused").isEmpty());
        mvc.perform(get("/api/control/history"))
                .andExpect(jsonPath("$[*].action", contains("PAUSE", "RESUME")))
                .andExpect(jsonPath("$[*].scope", contains("weibo-sample", "weibo-sample")));
        assertThat(target(postId, "weibo-sample").state()).isEqualTo(TargetState.HELD);
    }

    @Test
    void pausingAnUnknownChannelIsRefusedAndNothingIsPaused() throws Exception {
        expectProblem(pause("facebook", "crisis", "director-zhang"), HttpStatus.BAD_REQUEST, "scope")
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:unknown-channel"))
                .andExpect(jsonPath("$.errors[0].message", containsString("weibo-sample")));

        assertThat(count("publishing_pause")).isZero();
        assertThat(count("control_event")).isZero();
    }

    @Test
    void resumingWhatIsNotPausedIsRefused() throws Exception {
        expectProblem(resume("all", "director-zhang"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:not-paused"));
        pause("all", "crisis", "director-zhang");

        expectProblem(resume("weibo-sample", "director-zhang"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString("everything is paused")))
                .andExpect(jsonPath("$.detail", containsString("resume 'all'")));
        assertThat(count("publishing_pause")).isOne();
        assertThat(count("control_event")).isOne();
    }

    @Test
    void pausingTwiceIsRefusedAndKeepsTheFirstReason() throws Exception {
        pause("x-sample", "hacked", "director-zhang").andExpect(status().isOk());

        expectProblem(pause("x-sample", "again", "editor-li"), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:already-paused"))
                .andExpect(jsonPath("$.detail", containsString("hacked")));

        mvc.perform(get("/api/control")).andExpect(jsonPath("$.paused[0].reason").value("hacked"));
    }

    @Test
    void aPauseNeedsAReasonAndAnActorAndRefusesUnknownFields() throws Exception {
        expectProblem(pause("all", " ", "\u200b"), HttpStatus.BAD_REQUEST, "reason", "actor");
        expectProblem(postJson("/api/control/pause", Map.of("scope", "all", "reason", "x", "actor", "a",
                "until", "tomorrow")), HttpStatus.BAD_REQUEST, "until");

        assertThat(count("publishing_pause")).isZero();
    }

    @Test
    void thePauseShowsInHealthAndAsAGaugePerScope() throws Exception {
        pause("weibo-sample", "crisis", "director-zhang");

        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.publishing.status").value("UP"))
                .andExpect(jsonPath("$.components.publishing.details.paused[0].scope").value("weibo-sample"))
                .andExpect(jsonPath("$.components.publishing.details.paused[0].reason").value("crisis"));
        String scrape = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
        assertThat(scrape).containsPattern("(?m)^pressdesk_control_paused\\{[^}]*scope=\"weibo-sample\"[^}]*} 1\\.0$")
                .containsPattern("(?m)^pressdesk_control_paused\\{[^}]*scope=\"all\"[^}]*} 0\\.0$");
    }

    @Test
    void theChannelListShowsWhichChannelsArePausedAndWhy() throws Exception {
        pause("weibo-sample", "account may be compromised", "director-zhang");

        mvc.perform(get("/api/channels")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'weibo-sample')].status", contains("paused")))
                .andExpect(jsonPath("$[?(@.id == 'weibo-sample')].pause.reason", contains("account may be compromised")))
                .andExpect(jsonPath("$[?(@.id == 'weibo-sample')].pause.cause", contains("PERSON")))
                .andExpect(jsonPath("$[?(@.id == 'weibo-sample')].pause.pausedAt", contains(shown(TODAY + "T10:00"))))
                .andExpect(jsonPath("$[?(@.id == 'x-sample')].status", contains("active")))
                .andExpect(jsonPath("$[?(@.id == 'x-sample')].account.tokenExpiresAt").value(
                        org.hamcrest.Matchers.contains((Object) null)));

        pause("all", "crisis", "director-zhang");
        mvc.perform(get("/api/channels"))
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("paused"))))
                .andExpect(jsonPath("$[?(@.id == 'x-sample')].pause.scope", contains("all")))
                .andExpect(jsonPath("$[?(@.id == 'weibo-sample')].pause.scope", contains("weibo-sample")));
    }
}
