package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/posts/{id}/withdraw}: published targets are queued for deletion on their channels,
 * the others cancelled, with the reason and actor in the history; a post with nothing on any channel,
 * or a request without reason or actor, is refused and changes nothing.
 */
class PostWithdrawApiTest extends ApiTestSupport {

    @Test
    void withdrawingQueuesEveryPublishedTargetForDeletionAndCancelsTheRest() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        withdraw(id, Map.of("reason", "答問中的數字有誤", "actor", "陳主任")).andExpect(status().isOk())
                .andExpect(jsonPath("$.targets[?(@.channel == 'weibo-sample')].state").value("WITHDRAWING"))
                .andExpect(jsonPath("$.targets[?(@.channel == 'x-sample')].state").value("CANCELLED"));

        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.WITHDRAWING);
        mvc.perform(get("/api/posts/{id}/history", id))
                .andExpect(jsonPath("$[?(@.to == 'WITHDRAWING')].actor").value("陳主任"))
                .andExpect(jsonPath("$[?(@.to == 'WITHDRAWING')].reason").value("withdrawn: 答問中的數字有誤"));
    }

    @Test
    void refusesToWithdrawAPostNothingOfWhichWasPublished() throws Exception {
        long id = scheduledPost();

        refused(() -> withdraw(id, Map.of("reason", "錯誤", "actor", "陳主任")), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:nothing-to-withdraw"))
                .andExpect(jsonPath("$.detail", containsString("nothing of it was published")));
    }

    @Test
    void refusesToWithdrawADraft() throws Exception {
        long id = created(aPost());

        refused(() -> withdraw(id, Map.of("reason", "錯誤", "actor", "陳主任")), HttpStatus.CONFLICT);
    }

    @Test
    void refusesToWithdrawWhatIsAlreadyBeingWithdrawn() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);
        withdraw(id, Map.of("reason", "錯誤", "actor", "陳主任")).andExpect(status().isOk());

        refused(() -> withdraw(id, Map.of("reason", "錯誤", "actor", "陳主任")), HttpStatus.CONFLICT)
                .andExpect(jsonPath("$.detail", containsString("already withdrawn or being withdrawn")));
    }

    @Test
    void refusesAWithdrawalWithoutAReasonOrAnActor() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        refused(() -> withdraw(id, Map.of("actor", "陳主任")), HttpStatus.BAD_REQUEST, "reason");
        refused(() -> withdraw(id, Map.of("reason", "  ", "actor", "陳主任")), HttpStatus.BAD_REQUEST, "reason");
        refused(() -> withdraw(id, Map.of("reason", "錯誤", "actor", " ")), HttpStatus.BAD_REQUEST, "actor");
        Map<String, Object> unknownField = new LinkedHashMap<>(Map.of("reason", "錯誤", "actor", "陳主任"));
        unknownField.put("channel", "weibo-sample");
        refused(() -> withdraw(id, unknownField), HttpStatus.BAD_REQUEST, "channel");
    }

    @Test
    void answersNotFoundForAnUnknownPost() throws Exception {
        long id = scheduledPost();

        refused(() -> withdraw(id + 1000, Map.of("reason", "錯誤", "actor", "陳主任")), HttpStatus.NOT_FOUND);
    }

    private ResultActions withdraw(long id, Map<String, Object> body) throws Exception {
        return postJson("/api/posts/" + id + "/withdraw", body);
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
