package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What the API accepts fits the columns it is stored in: a value that would not fit is refused up
 * front with a problem naming it (or fitted, where it is only an audit note), never left to the
 * database to refuse with a 500.
 */
class ColumnLimitsTest extends ApiTestSupport {

    @Test
    void aLinkOfUpTo200CharactersStandsInForAMissingRemoteId() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        String url = link(200);

        resolve(id, x, Map.of("resolution", "PUBLISHED", "url", url, "actor", "陳主任"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].receipt.remoteId").value(url));
    }

    @Test
    void aLongerLinkWithoutARemoteIdIsRefusedAskingForTheRemoteId() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        String before = storedState();

        expectProblem(resolve(id, x, Map.of("resolution", "PUBLISHED", "url", link(201), "actor", "陳主任")),
                HttpStatus.BAD_REQUEST, "remoteId")
                .andExpect(jsonPath("$.errors[0].message", containsString("200")));
        assertThat(storedState()).isEqualTo(before);
    }

    @Test
    void theLongestLinkTheApiTakesIsStoredWholeWithARemoteIdAndItsAuditNoteIsFitted() throws Exception {
        long id = scheduledPost();
        long x = moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN).id();
        String url = link(2000);

        resolve(id, x, Map.of("resolution", "PUBLISHED", "url", url, "remoteId", "1897", "actor", "陳主任"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[1].receipt.url").value(url));

        String reason = JsonPath.read(mvc.perform(get("/api/posts/{id}/history", id)).andReturn().getResponse()
                .getContentAsString(), "$[-1].reason");
        assertThat(reason).startsWith("checked by hand: published at https://x.com/").hasSizeLessThanOrEqualTo(2000);
    }

    @Test
    void aRenderedTextTooLongToStoreIsRefusedOnApprovalAndNothingIsApproved() throws Exception {
        Map<String, Object> post = aPost();
        post.put("body", "All parties should return to talks. ".repeat(19_000 / 36));
        post.put("targets", List.of(target(SECRET_CHANNEL)));
        long id = created(post);
        act(id, "submit", "王小明").andExpect(status().isOk());
        // Then a template that prints the body four times, on a channel without a length limit: 4 × 19,000 characters.
        saveTemplate("[(${body})][(${body})][(${body})][(${body})]");
        String before = storedState();

        expectProblem(act(id, "approve", "陳主任"), HttpStatus.UNPROCESSABLE_CONTENT)
                .andExpect(jsonPath("$.violations['" + SECRET_CHANNEL + "'][0].code").value("too-long-to-store"))
                .andExpect(jsonPath("$.violations['" + SECRET_CHANNEL + "'][0].message", containsString("65536")));
        assertThat(storedState()).isEqualTo(before);
        assertThat(count("approved_part")).isZero();
    }

    @Test
    void aRenderedTextTooLongToStoreIsRefusedOnCreationToo() throws Exception {
        saveTemplate("[(${body})][(${body})][(${body})][(${body})]");
        Map<String, Object> post = aPost();
        post.put("body", "All parties should return to talks. ".repeat(19_000 / 36));
        post.put("targets", List.of(target(SECRET_CHANNEL)));

        expectProblem(create(post), HttpStatus.UNPROCESSABLE_CONTENT)
                .andExpect(jsonPath("$.violations['" + SECRET_CHANNEL + "'][0].code").value("too-long-to-store"));
        assertThat(count("post")).isZero();
    }

    private void saveTemplate(String source) throws Exception {
        mvc.perform(put("/api/templates/microblog/spokesperson-answer/zh-Hant").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("source", source, "actor", "editor-li"))))
                .andExpect(status().isOk());
    }

    private ResultActions resolve(long postId, long targetId, Map<String, Object> body) throws Exception {
        return postJson("/api/posts/" + postId + "/targets/" + targetId + "/resolve", body);
    }

    /** An X status link exactly {@code length} characters long. */
    private static String link(int length) {
        String start = "https://x.com/mfa_sample/status/1897?ref=";
        return start + "a".repeat(length - start.length());
    }
}
