package org.pressdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pressdesk.staff.StaffRole;
import org.pressdesk.staff.StaffUsers;
import org.pressdesk.system.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The sign-in form: right and wrong passwords, five failures in a row slowing a name down, one-time passwords. */
class SignInTest extends ApiTestSupport {

    private static final String PASSWORD = "a-long-password-1";

    @Autowired
    StaffUsers users;

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(signedOut(post("/login")).param("username", username).param("password", password)
                .with(csrf()));
    }

    private void failTimes(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(username, "wrong-password-" + i).andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void signsInWithTheRightPasswordUnderAnySpellingOfTheName() throws Exception {
        users.create("Wang Li", "王力", PASSWORD, EnumSet.of(StaffRole.EDITOR), false);

        signIn("ＷＡＮＧ LI", PASSWORD).andExpect(status().isFound()).andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("wang li").withRoles("EDITOR"));
        signIn("wang li", "not-the-password").andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void fiveFailedSignInsInARowSlowTheAccountDownUntilThePauseIsOver() throws Exception {
        users.create("王小明", "王小明", PASSWORD, EnumSet.of(StaffRole.EDITOR), false);
        failTimes("王小明", 5);

        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/login?slowed")).andExpect(unauthenticated());

        clock.set(T0.plus(Duration.ofSeconds(31)));
        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated());
        assertThat(users.get("王小明").failedSignIns()).isZero();
    }

    @Test
    void eachFurtherFailureDoublesThePause() throws Exception {
        users.create("王小明", "王小明", PASSWORD, EnumSet.of(StaffRole.EDITOR), false);
        failTimes("王小明", 5);
        clock.set(T0.plus(Duration.ofSeconds(31)));
        failTimes("王小明", 1);

        clock.set(T0.plus(Duration.ofSeconds(31 + 59)));
        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/login?slowed"));
        clock.set(T0.plus(Duration.ofSeconds(31 + 61)));
        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        users.create("王小明", "王小明", PASSWORD, EnumSet.of(StaffRole.EDITOR), false);
        failTimes("王小明", 4);
        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/"));
        failTimes("王小明", 4);

        signIn("王小明", PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void aNameThatIsNoAccountIsAnsweredAsAnAccountWouldBe() throws Exception {
        failTimes("nobody-here", 5);

        signIn("nobody-here", PASSWORD).andExpect(redirectedUrl("/login?slowed"));
    }

    @Test
    void theSignInPageSaysWhyInThePersonsLanguageAndKeepsTheTypedName() throws Exception {
        String english = mvc.perform(signedOut(get("/login?slowed&lang=en"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Too many failed sign-ins");
        String traditional = mvc.perform(signedOut(get("/login?error&lang=zh-Hant")))
                .andReturn().getResponse().getContentAsString();
        assertThat(traditional).contains("使用者名稱或密碼錯誤");

        MvcResult failed = signIn("王小明", "wrong-password").andReturn();
        String again = mvc.perform(signedOut(get("/login?error"))
                        .session((MockHttpSession) failed.getRequest().getSession()))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("value=\"王小明\"").doesNotContain("wrong-password");
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnyOtherPage() throws Exception {
        users.create("王小明", "王小明", PASSWORD, EnumSet.of(StaffRole.EDITOR), true);
        MvcResult signedIn = signIn("王小明", PASSWORD).andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(signedOut(get("/queue")).session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(signedOut(post("/account/password")).session(session).with(csrf())
                        .param("current", PASSWORD).param("password", "short").param("repeated", "short"))
                .andExpect(status().is(422));
        mvc.perform(signedOut(post("/account/password")).session(session).with(csrf())
                        .param("current", PASSWORD).param("password", "my-own-password-2")
                        .param("repeated", "my-own-password-2"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(signedOut(get("/test-pages/layout")).session(session)).andExpect(status().isOk());
        assertThat(users.get("王小明").mustChangePassword()).isFalse();
        signIn("王小明", "my-own-password-2").andExpect(redirectedUrl("/"));
    }
}
