package org.pressdesk.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.mock.web.MockHttpServletResponse;

/** /approvals: submitted posts oldest first, approved (and so scheduled) or sent back from the inbox. */
class ApprovalsPageTest extends ApiTestSupport {

    @Test
    void listsSubmittedPostsOldestFirstAndNoDrafts() throws Exception {
        long older = created(aPost());
        long draft = created(aPost());
        long newer = created(aPost());
        act(older, "submit", "王小明");
        act(newer, "submit", "王小明");

        String page = inbox("陳主任");

        assertThat(page).contains("id=\"approval-" + older + "\"", "id=\"approval-" + newer + "\"")
                .doesNotContain("id=\"approval-" + draft + "\"");
        assertThat(page.indexOf("id=\"approval-" + older + "\"")).isLessThan(page.indexOf("id=\"approval-" + newer + "\""));
    }

    @Test
    void anApproverIsNeverOfferedApprovalOfTheirOwnPost() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        assertThat(inbox("王小明")).doesNotContain("id=\"approve-button-" + id + "\"").contains("id=\"return-button-" + id + "\"");
        assertThat(inbox("陳主任")).contains("id=\"approve-button-" + id + "\"");
    }

    @Test
    void approvingFromTheInboxSchedulesThePostAsTheSignedInApprover() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        MockHttpServletResponse response = mvc.perform(post("/approvals/{id}/approve", id)
                .with(asStaff("陳主任", "APPROVER"))).andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/approvals");
        assertThat(posts.findById(id).orElseThrow().targets()).extracting(PublishTarget::state)
                .containsOnly(TargetState.SCHEDULED);
        assertThat(new AuditLog(jdbc).history(id)).filteredOn(transition -> transition.to() == TargetState.APPROVED)
                .extracting(TargetTransition::actor).containsOnly("陳主任");
        assertThat(inbox("陳主任")).doesNotContain("id=\"approval-" + id + "\"");
    }

    @Test
    void theWorkflowStillRefusesAnAuthorApprovingFromTheInbox() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        MockHttpServletResponse response = mvc.perform(post("/approvals/{id}/approve", id).param("lang", "en")
                .with(asStaff("王小明", "APPROVER"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("You wrote this post: another approver must approve it.");
        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.SUBMITTED);
    }

    @Test
    void sendingBackFromTheInboxReturnsItToDraftWithTheReason() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        mvc.perform(post("/approvals/{id}/return", id).param("reason", "標題太長")
                .with(asStaff("陳主任", "APPROVER"))).andReturn();

        assertThat(target(id, "weibo-sample").state()).isEqualTo(TargetState.DRAFT);
        assertThat(new AuditLog(jdbc).history(id)).extracting(TargetTransition::reason).contains("標題太長");
    }

    private String inbox(String who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/approvals").with(asStaff(who, "APPROVER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
