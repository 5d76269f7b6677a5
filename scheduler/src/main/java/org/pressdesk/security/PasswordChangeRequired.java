package org.pressdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Someone who signed in with a one-time password (the first admin's, or one an admin set) is sent to
 * {@code /account/password} from every page until they have chosen their own.
 */
final class PasswordChangeRequired implements HandlerInterceptor {

    static final String PAGE = "/account/password";
    private static final String ATTRIBUTE = PasswordChangeRequired.class.getName();

    static void require(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static void done(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(ATTRIBUTE) == null) {
            return true;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
        return false;
    }
}
