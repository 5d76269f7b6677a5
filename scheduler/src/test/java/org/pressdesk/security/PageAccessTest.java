package org.pressdesk.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;

/** The pages' form posts keep to the same roles as the API they stand beside. */
class PageAccessTest extends ApiTestSupport {

    @Test
    void anEditorWithoutTheApproverRoleCannotApproveFromThePostPage() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明");

        mvc.perform(post("/posts/{id}/approve", id).with(asStaff("李編輯", "EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/approve", id).with(asStaff("陳主任", "APPROVER"))).andExpect(status().is3xxRedirection());
    }

    @Test
    void anApproverAloneCanReadAndSendBackButNotCancelRescheduleOrMoveOnTheCalendar() throws Exception {
        long id = scheduledPost();
        long target = targetId(id, "weibo-sample");

        mvc.perform(get("/posts/{id}", id).with(asStaff("陳主任", "APPROVER"))).andExpect(status().isOk());
        mvc.perform(post("/posts/{id}/cancel", id).with(asStaff("陳主任", "APPROVER"))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/reschedule", id).param("scheduledAt", TODAY + "T18:00")
                .with(asStaff("陳主任", "APPROVER"))).andExpect(status().isForbidden());
        mvc.perform(post("/calendar/targets/{id}/move", target).param("date", TODAY)
                .with(asStaff("陳主任", "APPROVER"))).andExpect(status().isForbidden());
        mvc.perform(post("/runs").param("date", TODAY).with(asStaff("陳主任", "APPROVER"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAnAdminEntersChannelCredentialsOrPausesAChannel() throws Exception {
        mvc.perform(post("/channels/{id}/credentials", "weibo-sample").param("newName", "access-token")
                .param("newValue", "x").with(asStaff("王小明", "EDITOR", "APPROVER"))).andExpect(status().isForbidden());
        mvc.perform(post("/channels/{id}/pause", "weibo-sample").param("reason", "演練")
                .with(asStaff("王小明", "EDITOR", "APPROVER"))).andExpect(status().isForbidden());
    }
}
