package org.pressdesk.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pressdesk.staff.StaffUser;
import org.pressdesk.staff.StaffUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: the page asked for, or first the password page when the password was a one-time one. */
final class SignedIn extends SavedRequestAwareAuthenticationSuccessHandler {

    private final StaffUsers users;

    SignedIn(StaffUsers users) {
        this.users = users;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (users.find(authentication.getName()).map(StaffUser::mustChangePassword).orElse(false)) {
            PasswordChangeRequired.require(request.getSession());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
