package org.pressdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pressdesk.staff.ApiTokens;
import org.pressdesk.staff.IssuedToken;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may call the API and as whom: a personal API token or a signed-in session, never nobody; the acting
 * person is the signed-in one, so the four-eyes rule holds on real identities.
 */
class SecurityApiTest extends ApiTestSupport {

    private static final String[] ALL = {"EDITOR", "APPROVER", "ADMIN"};

    @Autowired
    StaffUsers users;
    @Autowired
    ApiTokens tokens;

    private IssuedToken tokenOf(String username, StaffRole... roles) {
        users.create(username, username, "a-long-password-" + username, EnumSet.of(roles[0], roles), false);
        return tokens.issue(username, "laptop", "admin");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        return request.contentType(MediaType.APPLICATION_JSON)
                .content(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body));
    }

    private ResultActions withToken(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private static Map<String, Object> aPostByNobody() {
        Map<String, Object> post = aPost();
        post.remove("author");
        return post;
    }

    @Test
    void anApiCallWithoutTokenOrSessionIsAnsweredWithA401Problem() throws Exception {
        expectProblem(mvc.perform(signedOut(get("/api/posts"))), HttpStatus.UNAUTHORIZED)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:unauthenticated"));
        expectProblem(mvc.perform(signedOut(json(post("/api/posts"), aPost()))), HttpStatus.UNAUTHORIZED);
        assertThat(count("post")).isZero();
    }

    @Test
    void aTokenWorksAsBearerWithoutACsrfTokenAndItsOwnerIsTheAuthor() throws Exception {
        IssuedToken token = tokenOf("王小明", StaffRole.EDITOR);

        withToken(json(post("/api/posts"), aPostByNobody()), token.secret())
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("王小明"));
    }

    @Test
    void anUnknownOrRevokedTokenIsAnsweredWithA401Problem() throws Exception {
        IssuedToken token = tokenOf("王小明", StaffRole.EDITOR);
        withToken(get("/api/posts"), token.secret()).andExpect(status().isOk());

        tokens.revoke("王小明", token.token().id(), "admin");

        expectProblem(withToken(get("/api/posts"), token.secret()), HttpStatus.UNAUTHORIZED);
        expectProblem(withToken(get("/api/posts"), token.secret() + "x"), HttpStatus.UNAUTHORIZED);
        expectProblem(withToken(get("/api/posts"), "not-a-token"), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theTokenOfADisabledPersonNoLongerWorks() throws Exception {
        IssuedToken token = tokenOf("王小明", StaffRole.EDITOR);

        users.setEnabled("王小明", false);

        expectProblem(withToken(get("/api/posts"), token.secret()), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenIsStoredOnlyAsItsHash() throws Exception {
        IssuedToken token = tokenOf("王小明", StaffRole.EDITOR);

        Map<String, Object> row = jdbc.sql("SELECT * FROM api_token").query().singleRow();
        assertThat(row.values()).noneSatisfy(value -> assertThat(String.valueOf(value)).contains(token.secret()));
        assertThat(row.get("TOKEN_HASH") != null ? row.get("TOKEN_HASH") : row.get("token_hash"))
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(token.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(token.secret()).startsWith("pd_").hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        users.create("王小明", "王小明", "a-long-password-1", EnumSet.of(StaffRole.EDITOR), false);

        String stored = jdbc.sql("SELECT password_hash FROM staff_user").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("a-long-password-1");
    }

    @Test
    void aSignedInSessionMayCallTheApiButAWriteNeedsTheCsrfToken() throws Exception {
        mvc.perform(signedOut(get("/api/posts")).with(user("王小明").roles("EDITOR"))).andExpect(status().isOk());

        expectProblem(mvc.perform(signedOut(json(post("/api/posts"), aPostByNobody())).with(user("王小明").roles("EDITOR"))),
                HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:csrf"));
        assertThat(count("post")).isZero();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(signedOut(post("/account/password")).with(user("王小明").roles("EDITOR"))
                        .param("current", "x").param("password", "a-new-long-password").param("repeated", "a-new-long-password"))
                .andExpect(status().isForbidden());
        mvc.perform(signedOut(post("/login")).param("username", "王小明").param("password", "whatever-it-is"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEditorCannotApproveTheirOwnPostEvenHoldingTheApproverRole() throws Exception {
        long id = JsonPath.<Number>read(mvc.perform(json(post("/api/posts"), aPostByNobody())
                        .with(asStaff("王小明", "EDITOR", "APPROVER")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id").longValue();
        mvc.perform(json(post("/api/posts/{id}/submit", id), Map.of()).with(asStaff("王小明", "EDITOR", "APPROVER")))
                .andExpect(status().isOk());

        expectProblem(mvc.perform(json(post("/api/posts/{id}/approve", id), Map.of())
                        .with(asStaff("王小明", "EDITOR", "APPROVER"))), HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:four-eyes"));

        mvc.perform(json(post("/api/posts/{id}/approve", id), Map.of()).with(asStaff("陳主任", "APPROVER")))
                .andExpect(status().isOk());
        assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/posts/{id}/history", id))
                .andReturn().getResponse().getContentAsString(), "$[*].actor")).contains("王小明", "陳主任");
    }

    @Test
    void anActorOrAuthorThatIsNotTheSignedInPersonIsRefused() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明").andExpect(status().isOk());
        String before = storedState();

        expectProblem(mvc.perform(json(post("/api/posts/{id}/approve", id), by("陳主任"))
                        .with(asStaff("王小明", ALL))), HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:actor-mismatch"));
        expectProblem(mvc.perform(json(post("/api/posts"), aPost()).with(asStaff("李編輯", "EDITOR"))),
                HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:actor-mismatch"));
        assertThat(storedState()).isEqualTo(before);

        // The same person, spelt another way, is the same person.
        mvc.perform(json(post("/api/posts/{id}/approve", id), by("ＣＨＥＮ"))
                .with(asStaff("chen", "APPROVER"))).andExpect(status().isOk());
    }

    @Test
    void anActionWithoutAnActorIsTheSignedInPersons() throws Exception {
        long id = created(aPost());

        mvc.perform(json(post("/api/posts/{id}/submit", id), Map.of("reason", "請審核"))
                .with(asStaff("王小明", "EDITOR"))).andExpect(status().isOk());

        assertThat(JsonPath.<List<String>>read(mvc.perform(get("/api/posts/{id}/history", id))
                .andReturn().getResponse().getContentAsString(), "$[*].actor")).containsOnly("王小明");
    }

    @Test
    void eachRoleMayDoOnlyItsOwnWrites() throws Exception {
        long id = created(aPost());
        act(id, "submit", "王小明").andExpect(status().isOk());

        expectProblem(mvc.perform(json(post("/api/posts/{id}/approve", id), Map.of())
                .with(asStaff("李編輯", "EDITOR"))), HttpStatus.FORBIDDEN)
                .andExpect(jsonPath("$.type").value("urn:pressdesk:problem:forbidden"));
        expectProblem(mvc.perform(json(post("/api/posts"), aPostByNobody()).with(asStaff("陳主任", "APPROVER"))),
                HttpStatus.FORBIDDEN);
        expectProblem(mvc.perform(json(post("/api/control/pause"), Map.of("scope", "all", "reason", "演練"))
                .with(asStaff("李編輯", "EDITOR", "APPROVER"))), HttpStatus.FORBIDDEN);
        expectProblem(mvc.perform(get("/api/users").with(asStaff("李編輯", "EDITOR", "APPROVER"))),
                HttpStatus.FORBIDDEN);
        mvc.perform(get("/api/posts/{id}", id).with(asStaff("陳主任", "APPROVER"))).andExpect(status().isOk());
        mvc.perform(json(post("/api/posts/{id}/return", id), Map.of("reason", "請修改"))
                .with(asStaff("陳主任", "APPROVER"))).andExpect(status().isOk());
    }

    @Test
    void onlyTheHealthCheckIsPublic() throws Exception {
        mvc.perform(signedOut(get("/actuator/health"))).andExpect(status().isOk());
        expectProblem(mvc.perform(signedOut(get("/actuator/prometheus"))), HttpStatus.UNAUTHORIZED);
        expectProblem(mvc.perform(signedOut(get("/actuator/metrics"))), HttpStatus.UNAUTHORIZED);
        expectProblem(mvc.perform(signedOut(get("/api/openapi"))), HttpStatus.UNAUTHORIZED);
        mvc.perform(signedOut(get("/queue"))).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(signedOut(get("/admin/users"))).andExpect(status().isFound());
        mvc.perform(signedOut(get("/login"))).andExpect(status().isOk());
        mvc.perform(signedOut(get("/css/pressdesk.css"))).andExpect(status().isOk());

        IssuedToken token = tokenOf("監控", StaffRole.ADMIN);
        withToken(get("/actuator/prometheus"), token.secret()).andExpect(status().isOk());
        withToken(get("/api/openapi"), token.secret()).andExpect(status().isOk());
    }
}
