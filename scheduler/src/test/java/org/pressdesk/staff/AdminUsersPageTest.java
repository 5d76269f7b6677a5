package org.pressdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** /admin/users: admins only; a new person, roles, and a token shown once on the page after issuing it. */
class AdminUsersPageTest extends ApiTestSupport {

    @Autowired
    StaffUsers users;
    @Autowired
    ApiTokens tokens;

    @Test
    void onlyAdminsSeeThePage() throws Exception {
        mvc.perform(get("/admin/users").with(asStaff("王小明", "EDITOR", "APPROVER"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/admin/users?lang=en").with(asStaff("chief", "ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("New user", "name=\"_csrf\"", "<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
    }

    @Test
    void aFormWithProblemsIsShownAgainWithTheTypedNameAndNoPassword() throws Exception {
        String page = mvc.perform(post("/admin/users?lang=en").with(asStaff("chief", "ADMIN"))
                        .param("username", "王小明").param("displayName", "王小明").param("password", "short-pw")
                        .param("roles", "EDITOR"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("value=\"王小明\"", "Use 12 to 200 characters.").doesNotContain("short-pw");
        assertThat(users.count()).isZero();
    }

    @Test
    void anAdminCreatesAPersonAndIssuesATokenShownOnlyOnce() throws Exception {
        mvc.perform(post("/admin/users").with(asStaff("chief", "ADMIN")).param("username", "王小明")
                        .param("displayName", "王小明").param("password", "first-password-1")
                        .param("roles", "EDITOR", "APPROVER"))
                .andExpect(status().isFound());
        assertThat(users.get("王小明").roles()).containsExactlyInAnyOrder(StaffRole.EDITOR, StaffRole.APPROVER);

        MvcResult issued = mvc.perform(post("/admin/users/{u}/tokens", "王小明").with(asStaff("chief", "ADMIN"))
                .param("name", "laptop")).andExpect(status().isFound()).andReturn();
        String secret = (String) issued.getFlashMap().get("issuedToken");
        assertThat(secret).startsWith("pd_");
        MockHttpSession session = new MockHttpSession();
        String shown = mvc.perform(get("/admin/users/{u}", "王小明").with(asStaff("chief", "ADMIN"))
                        .flashAttrs(issued.getFlashMap()).session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(secret);
        String later = mvc.perform(get("/admin/users/{u}", "王小明").with(asStaff("chief", "ADMIN")).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(later).doesNotContain(secret).contains("laptop");

        long id = tokens.of("王小明").getFirst().id();
        mvc.perform(post("/admin/users/{u}/tokens/{id}/revoke", "王小明", id).with(asStaff("chief", "ADMIN")))
                .andExpect(status().isFound());
        assertThat(tokens.of("王小明").getFirst().revoked()).isTrue();
    }
}
