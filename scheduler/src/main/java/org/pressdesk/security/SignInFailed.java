package org.pressdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed attempt, keeping the typed username (never the password): {@code ?slowed}
 * when the name is slowed down, {@code ?error} otherwise, the same for a wrong password and an unknown name.
 */
final class SignInFailed implements AuthenticationFailureHandler {

    private static final String TYPED = SignInFailed.class.getName() + ".username";
    private static final int MAX_KEPT = 200;

    static String takeTypedUsername(HttpSession session) {
        Object typed = session.getAttribute(TYPED);
        session.removeAttribute(TYPED);
        return typed == null ? "" : typed.toString();
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        String typed = request.getParameter("username");
        if (typed != null) {
            request.getSession().setAttribute(TYPED, typed.length() > MAX_KEPT ? typed.substring(0, MAX_KEPT) : typed);
        }
        String outcome = failure instanceof SignInSlowedException ? "slowed" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }
}
