package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/posts/{id}/correct}: a correction post linked to the original, on the channels the
 * original went out on, approved by a second person like any post; correcting what never went out is refused.
 */
class PostCorrectApiTest extends ApiTestSupport {

    @Test
    void correctingAPublishedPostCreatesALinkedDraftForTheChannelsItWentTo() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        correct(id, Map.of("actor", "王小明", "body", "對話日期應為2012年1月，特此更正。"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/posts/")))
                .andExpect(jsonPath("$.kind").value("CORRECTION"))
                .andExpect(jsonPath("$.correctsPostId").value(id))
                .andExpect(jsonPath("$.title").value("更正：外交部發言人答記者問"))
                .andExpect(jsonPath("$.language").value("zh-Hant"))
                .andExpect(jsonPath("$.author").value("王小明"))
                .andExpect(jsonPath("$.targets.length()").value(1))
                .andExpect(jsonPath("$.targets[0].channel").value("weibo-sample"))
                .andExpect(jsonPath("$.targets[0].state").value("DRAFT"));
    }

    @Test
    void aCorrectionNeedsASecondPersonToApproveIt() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        long correction = ((Number) JsonPath.read(correct(id, Map.of("actor", "王小明", "body", "特此更正。",
                "title", "更正")).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        act(correction, "submit", "王小明").andExpect(status().isOk());

        expectProblem(act(correction, "approve", "王小明"), HttpStatus.FORBIDDEN);
        act(correction, "approve", "陳主任").andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[0].state").value("SCHEDULED"));
        assertThat(posts.findById(correction).orElseThrow().correctsPostId()).isEqualTo(id);
    }

    @Test
    void refusesToCorrectADraft() throws Exception {
        long id = created(aPost());

        refused(() -> correct(id, Map.of("actor", "王小明", "body", "特此更正。")), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:nothing-to-correct"));
    }

    @Test
    void refusesToCorrectAScheduledPostThatHasNotGoneOut() throws Exception {
        long id = scheduledPost();

        refused(() -> correct(id, Map.of("actor", "王小明", "body", "特此更正。")), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString("nothing of it was published")));
    }

    @Test
    void refusesACorrectionWithoutTextOrWithABlankActor() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        refused(() -> correct(id, Map.of("actor", "王小明")), HttpStatus.BAD_REQUEST, "body");
        // Without an actor the signed-in person corrects (SecurityApiTest); one given must be someone.
        refused(() -> correct(id, Map.of("body", "特此更正。", "actor", " ")), HttpStatus.BAD_REQUEST, "actor");
        refused(() -> correct(id, Map.of("actor", "王小明", "body", "特此更正。", "kind", "STATEMENT")),
                HttpStatus.BAD_REQUEST, "kind");
    }

    @Test
    void refusesACorrectionOnAChannelTheOriginalDidNotGoOutOn() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        refused(() -> correct(id, Map.of("actor", "王小明", "body", "特此更正。", "channels", List.of("x-sample"))),
                HttpStatus.BAD_REQUEST, "channels")
                .andExpect(jsonPath("$.errors[0].message", containsString("weibo-sample")));
    }

    @Test
    void refusesACorrectionOnAnUnknownChannelAsAnUnknownChannel() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        refused(() -> correct(id, Map.of("actor", "王小明", "body", "特此更正。", "channels", List.of("nope"))),
                HttpStatus.BAD_REQUEST, "channels")
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:unknown-channel"))
                .andExpect(jsonPath("$.detail", containsString("weibo-sample")));
    }

    @Test
    void answersNotFoundForAnUnknownPost() throws Exception {
        long id = scheduledPost();

        refused(() -> correct(id + 1000, Map.of("actor", "王小明", "body", "特此更正。")), HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesToQueueACorrectionThatCorrectsNothing() throws Exception {
        Map<String, Object> post = aPost();
        post.put("kind", "CORRECTION");
        post.remove("fields");

        refused(() -> create(post), HttpStatus.BAD_REQUEST, "kind");
    }

    private ResultActions correct(long id, Map<String, Object> body) throws Exception {
        return postJson("/api/posts/" + id + "/correct", body);
    }

    private ResultActions refused(Request request, HttpStatus status, String... fields) throws Exception {
        String before = storedState();
        ResultActions result = expectProblem(request.perform(), status, fields);
        assertThat(storedState()).isEqualTo(before);
        return result;
    }

    @FunctionalInterface
    private interface Request {
        ResultActions perform() throws Exception;
    }
}
