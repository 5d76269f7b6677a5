package org.pressdesk.staff;

import org.pressdesk.audit.AdminActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The users API: admins create people, set their roles, disable them, and issue and revoke their tokens. */
class UsersApiTest extends ApiTestSupport {

    @Autowired
    AdminActions actions;

    private ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))
                .with(asStaff("chief", "ADMIN")));
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(asStaff("chief", "ADMIN")));
    }

    @Test
    void anAdminCreatesAPersonWhoseNameIsNormalisedAndWhoMustChooseAPassword() throws Exception {
        asAdmin(post("/api/users"), Map.of("username", "Ｗang Li", "displayName", "王力", "password", "first-password-1",
                "roles", List.of("editor", "APPROVER")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("wang li"))
                .andExpect(jsonPath("$.roles[*]").value(org.hamcrest.Matchers.contains("EDITOR", "APPROVER")))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.password").doesNotExist());

        expectProblem(asAdmin(post("/api/users"), Map.of("username", "WANG LI", "password", "first-password-1",
                "roles", List.of())), HttpStatus.CONFLICT);
        expectProblem(asAdmin(post("/api/users"), Map.of("username", "zhao", "password", "short",
                "roles", List.of("EDITOR"))), HttpStatus.BAD_REQUEST, "password");
        expectProblem(asAdmin(post("/api/users"), Map.of("username", "zhao", "password", "first-password-1",
                "roles", List.of("KING"))), HttpStatus.BAD_REQUEST, "roles");
        assertThat(actions.latest(10)).extracting(AdminActions.AdminAction::actor, AdminActions.AdminAction::action,
                AdminActions.AdminAction::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chief", "user-created", "wang li"));
    }

    @Test
    void aTokenIsShownOnceWhenIssuedListedWithoutItsSecretAndRevocable() throws Exception {
        asAdmin(post("/api/users"), Map.of("username", "王小明", "password", "first-password-1",
                "roles", List.of("EDITOR"))).andExpect(status().isCreated());

        String issued = asAdmin(post("/api/users/{u}/tokens", "王小明"), Map.of("name", "newsroom laptop"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = JsonPath.read(issued, "$.token");
        long id = JsonPath.<Number>read(issued, "$.id").longValue();
        assertThat(secret).startsWith("pd_");

        String listed = asAdmin(get("/api/users/{u}/tokens", "王小明")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("newsroom laptop"))
                .andExpect(jsonPath("$[0].token").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(listed).doesNotContain(secret);

        mvc.perform(get("/api/posts").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
                .andExpect(status().isOk());
        asAdmin(delete("/api/users/{u}/tokens/{id}", "王小明", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.revokedBy").value("chief"));
        expectProblem(mvc.perform(get("/api/posts").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)),
                HttpStatus.UNAUTHORIZED);
        assertThat(actions.latest(10)).extracting(AdminActions.AdminAction::action)
                .containsExactly("token-revoked", "token-issued", "user-created");
    }

    @Test
    void anAdminSetsRolesAndDisablesButCannotLockThemselvesOut() throws Exception {
        asAdmin(post("/api/users"), Map.of("username", "王小明", "password", "first-password-1",
                "roles", List.of("EDITOR"))).andExpect(status().isCreated());
        asAdmin(post("/api/users"), Map.of("username", "chief", "password", "first-password-1",
                "roles", List.of("ADMIN"))).andExpect(status().isCreated());

        asAdmin(put("/api/users/{u}/roles", "王小明"), Map.of("roles", List.of("EDITOR", "APPROVER")))
                .andExpect(jsonPath("$.roles[*]").value(org.hamcrest.Matchers.contains("EDITOR", "APPROVER")));
        asAdmin(post("/api/users/{u}/disable", "王小明")).andExpect(jsonPath("$.enabled").value(false));

        expectProblem(asAdmin(post("/api/users/{u}/disable", "chief")), HttpStatus.CONFLICT);
        expectProblem(asAdmin(put("/api/users/{u}/roles", "chief"), Map.of("roles", List.of("EDITOR"))),
                HttpStatus.CONFLICT);
        expectProblem(asAdmin(get("/api/users/{u}", "nobody")), HttpStatus.NOT_FOUND);
    }
}
