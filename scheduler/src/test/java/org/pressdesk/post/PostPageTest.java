package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /posts/{id}: each target's state, only the actions the states allow, and actions through the workflow. */
class PostPageTest extends ApiTestSupport {

    @Test
    void showsEachTargetsStateAndOffersADraftOnlyWhatADraftAllows() throws Exception {
        long id = created(aPost());

        String page = show(id, "王小明");

        assertThat(page).contains("id=\"target-weibo-sample\"", "id=\"target-x-sample\"", "class=\"state DRAFT\"",
                ">Draft<", "2026-03-02 15:00", "id=\"submit-button\"", "id=\"cancel-button\"", "id=\"reschedule-form\"")
                .doesNotContain("id=\"approve-button\"", "id=\"return-button\"", "id=\"withdraw-form\"",
                        "id=\"correct-form\"", "retry-button", "resolve-form");
    }

    @Test
    void theAuthorIsNotOfferedApprovalOfTheirOwnPostButAColleagueIs() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        assertThat(show(id, "王小明")).doesNotContain("id=\"approve-button\"").contains("id=\"return-button\"",
                "id=\"own-post-note\"");
        assertThat(show(id, "陳主任")).contains("id=\"approve-button\"", "class=\"state SUBMITTED\"")
                .doesNotContain("id=\"submit-button\"");
    }

    @Test
    void aPublishedPostOffersWithdrawAndCorrectionAndShowsItsReceipt() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        String page = show(id, "陳主任");

        assertThat(page).contains("class=\"state PUBLISHED\"", "href=\"https://example.com/"
                + targetId(id, "weibo-sample") + "\"", "id=\"withdraw-form\"", "id=\"correct-form\"");
    }

    @Test
    void submittingAndApprovingGoThroughTheWorkflowAsTheSignedInPeople() throws Exception {
        long id = created(aPost());

        assertThat(action(id, "submit", "王小明").getRedirectedUrl()).isEqualTo("/posts/" + id);
        assertThat(action(id, "approve", "陳主任").getRedirectedUrl()).isEqualTo("/posts/" + id);

        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.SCHEDULED);
        List<TargetTransition> history = jdbcHistory(id);
        assertThat(history).filteredOn(transition -> transition.to() == TargetState.SUBMITTED)
                .extracting(TargetTransition::actor).containsOnly("王小明");
        assertThat(history).filteredOn(transition -> transition.to() == TargetState.APPROVED)
                .extracting(TargetTransition::actor).containsOnly("陳主任");
        assertThat(show(id, "陳主任")).contains("class=\"history-row\"", "陳主任", "scheduled on approval");
    }

    @Test
    void approvingOnesOwnPostIsRefusedAsAMessageOnThePageNotAProblem() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        MockHttpServletResponse response = perform(post("/posts/{id}/approve", id).param("lang", "en"), "王小明");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("text/html");
        assertThat(response.getContentAsString()).contains("id=\"post-problem\"",
                "You wrote this post: another approver must approve it.");
        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.SUBMITTED);
    }

    @Test
    void anActionTheStatesDoNotAllowIsRefusedAsAMessageOnThePage() throws Exception {
        long id = created(aPost());

        MockHttpServletResponse response = perform(post("/posts/{id}/approve", id).param("lang", "en"), "陳主任");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("That is not possible in the current state.",
                "can become APPROVED");
    }

    @Test
    void sendingBackKeepsTheReasonInTheHistory() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        perform(post("/posts/{id}/return", id).param("reason", "請核對日期"), "陳主任");

        assertThat(target(id, "x-sample").state()).isEqualTo(TargetState.DRAFT);
        assertThat(jdbcHistory(id)).filteredOn(transition -> "請核對日期".equals(transition.reason()))
                .extracting(TargetTransition::actor).containsOnly("陳主任");
    }

    @Test
    void reschedulingToAPastTimeIsRefusedBesideTheTimeKeepingIt() throws Exception {
        long id = created(aPost());

        MockHttpServletResponse refused = perform(post("/posts/{id}/reschedule", id)
                .param("scheduledAt", "2026-03-01T08:00"), "王小明");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("is in the past", "value=\"2026-03-01T08:00\"");

        perform(post("/posts/{id}/reschedule", id).param("scheduledAt", TODAY + "T18:30"), "王小明");
        assertThat(target(id, "weibo-sample").scheduledAt()).isEqualTo(Instant.parse("2026-03-02T10:30:00Z"));
    }

    @Test
    void retryingAFailedTargetSchedulesItNowWithAFreshBudget() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.FAILED);
        assertThat(show(id, "王小明")).contains("id=\"retry-button-x-sample\"", "refused by the channel");

        perform(post("/posts/{id}/targets/{t}/retry", id, targetId(id, "x-sample")), "王小明");

        PublishTarget retried = target(id, "x-sample");
        assertThat(retried.state()).isEqualTo(TargetState.SCHEDULED);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.scheduledAt()).isEqualTo(T0);
    }

    @Test
    void anUnknownOutcomeIsResolvedAsPublishedWithItsLink() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "x-sample", TargetState.PUBLISHING, TargetState.OUTCOME_UNKNOWN);
        long target = targetId(id, "x-sample");
        assertThat(show(id, "王小明")).contains("id=\"resolve-form-x-sample\"");

        MockHttpServletResponse withoutLink = perform(post("/posts/{id}/targets/{t}/resolve", id, target)
                .param("resolution", "PUBLISHED"), "王小明");
        assertThat(withoutLink.getStatus()).isEqualTo(400);
        assertThat(withoutLink.getContentAsString()).contains("give the link where it was published");

        perform(post("/posts/{id}/targets/{t}/resolve", id, target).param("resolution", "PUBLISHED")
                .param("url", "https://x.com/mfa/status/1"), "王小明");
        assertThat(target(id, "x-sample").state()).isEqualTo(TargetState.PUBLISHED);
        assertThat(target(id, "x-sample").receipt().url()).isEqualTo("https://x.com/mfa/status/1");
    }

    @Test
    void withdrawingNeedsAReasonAndThenWithdrawsWhatWentOut() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        MockHttpServletResponse refused = perform(post("/posts/{id}/withdraw", id).param("reason", " "), "陳主任");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).containsPattern("withdraw-reason[\\s\\S]*field-error");
        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.PUBLISHED);

        perform(post("/posts/{id}/withdraw", id).param("reason", "數字有誤"), "陳主任");
        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.WITHDRAWING);
        assertThat(target(id, "x-sample").state()).isEqualTo(TargetState.CANCELLED);
    }

    @Test
    void aCorrectionIsQueuedAsADraftOfTheSignedInPerson() throws Exception {
        long id = scheduledPost();
        moveTarget(id, "weibo-sample", TargetState.PUBLISHING, TargetState.PUBLISHED);

        MockHttpServletResponse response = perform(post("/posts/{id}/correct", id).param("body", "更正：日期應為3月2日。"),
                "王小明");

        long correction = Long.parseLong(response.getRedirectedUrl().substring("/posts/".length()));
        Post queued = posts.findById(correction).orElseThrow();
        assertThat(queued.correctsPostId()).isEqualTo(id);
        assertThat(queued.author()).isEqualTo("王小明");
        assertThat(queued.targets()).extracting(PublishTarget::state).containsOnly(TargetState.DRAFT);
    }

    @Test
    void cancellingCancelsWhatHasNotGoneOut() throws Exception {
        long id = created(aPost());

        perform(post("/posts/{id}/cancel", id), "王小明");

        assertThat(posts.findById(id).orElseThrow().targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.CANCELLED);
        assertThat(show(id, "王小明")).doesNotContain("id=\"cancel-button\"", "id=\"submit-button\"");
    }

    private String show(long id, String who) throws Exception {
        MockHttpServletResponse response = perform(get("/posts/{id}", id).param("lang", "en"), who);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse action(long id, String action, String who) throws Exception {
        return perform(post("/posts/{id}/" + action, id), who);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String who) throws Exception {
        return mvc.perform(request.with(asStaff(who, "EDITOR", "APPROVER"))).andReturn().getResponse();
    }

    private List<TargetTransition> jdbcHistory(long id) {
        return new AuditLog(jdbc).history(id);
    }
}
