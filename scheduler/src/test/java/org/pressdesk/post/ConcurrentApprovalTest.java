package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pressdesk.support.ApprovalRace;
import org.pressdesk.support.StartedTogether;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Ten people approve one post at the same instant (on H2; {@code ApiOnPostgresTest} runs the same
 * race on PostgreSQL): one approval wins, every other answers 409 problem+json, and the post is
 * approved exactly once.
 */
class ConcurrentApprovalTest extends ApiTestSupport {

    @Test
    void tenSimultaneousApprovalsApproveThePostOnceAndAnswerEveryOtherWithAConflict() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明").andExpect(status().isOk());
        AtomicInteger approver = new AtomicInteger();

        List<ApprovalRace.Answer> answers = StartedTogether.run(ApprovalRace.APPROVERS, () -> {
            Map<String, Object> body = by("審核員" + approver.incrementAndGet());
            try {
                MockHttpServletResponse response = postJson("/api/posts/" + id + "/approve", body).andReturn()
                        .getResponse();
                return new ApprovalRace.Answer(response.getStatus(), response.getContentType(),
                        response.getContentAsString());
            } catch (Exception unhandled) {
                return ApprovalRace.Answer.unhandled(unhandled);
            }
        });

        ApprovalRace.assertOneWinner(answers);
        String post = getPost(id).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(post, "$.targets[*].state")).containsOnly("SCHEDULED");
        ApprovalRace.assertApprovedOnce(jdbc, id);
    }
}
