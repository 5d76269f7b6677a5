package org.pressdesk.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pressdesk.system.ProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals before any controller runs, as the problem+json every other API problem is
 * (system/ProblemHandler): 401 without a valid token or session, 403 without the role or the CSRF token.
 */
final class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthenticated() {
        return (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Not signed in",
                    "Send a personal API token (Authorization: Bearer pd_…) an admin issued to you, or sign in");
        };
    }

    AccessDeniedHandler forbidden() {
        AuthenticationEntryPoint unauthenticated = unauthenticated();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && !signedIn()) {
                // The CSRF check comes first; for a request of nobody at all, "not signed in" is the useful answer.
                unauthenticated.commence(request, response, new InsufficientAuthenticationException("not signed in"));
            } else if (denied instanceof CsrfException) {
                write(response, HttpStatus.FORBIDDEN, "csrf", "CSRF token missing",
                        "A request of a signed-in browser session must carry the page's CSRF token (header"
                                + " X-CSRF-TOKEN); requests with an API token need none");
            } else {
                write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                        "Your roles do not allow this; ask an admin");
            }
        };
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemException.type(type).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
